import { graphql } from '@/__generated__';

export const ReportRunQuery = graphql(`
  query ReportRun($id: ID!) {
    reportRun(id: $id) {
      id
      title
      status
      ...ReportProgress_run
    }
  }
`);
