import { graphql } from '@/__generated__';

export const ApplyPlanImportMutation = graphql(`
  mutation ApplyPlanImport($input: ApplyPlanImportInput!) {
    applyPlanImport(input: $input) {
      id
      status
      progress
      stage
    }
  }
`);
