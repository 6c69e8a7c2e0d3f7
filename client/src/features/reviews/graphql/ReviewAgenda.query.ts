import { graphql } from '@/__generated__';

export const ReviewAgendaQuery = graphql(`
  query ReviewAgenda($id: ID!) {
    reviewCycle(id: $id) {
      id
      quarter
      status
      meetingOn
      plan {
        id
        slug
        title
      }
      agenda {
        position
        ...AgendaTable_item
      }
    }
  }
`);
