import { graphql } from '@/__generated__';

export const AuditTrailQuery = graphql(`
  query AuditTrail($filter: AuditFilter, $page: PageInput) {
    auditEvents(filter: $filter, page: $page) {
      totalCount
      hasNextPage
      items {
        id
        ...AuditEventsTable_event
      }
    }
  }
`);
