import { graphql } from '@/__generated__';

export const ImportMeasurementsMutation = graphql(`
  mutation ImportMeasurements($input: ImportMeasurementsInput!) {
    importMeasurements(input: $input) {
      created
      corrected
      unchanged
    }
  }
`);
