import { graphql } from '@/__generated__';

export const GenerateReportMutation = graphql(`
  mutation GenerateReport($input: GenerateReportInput!) {
    generateReport(input: $input) {
      id
      ...ReportProgress_run
    }
  }
`);
