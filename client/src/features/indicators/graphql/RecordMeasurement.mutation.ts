import { graphql } from '@/__generated__';

export const RecordMeasurementMutation = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
      id
      periodStart
      periodLabel
      value
      valueText
      note
      version
    }
  }
`);
