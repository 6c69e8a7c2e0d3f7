import { graphql } from '@/__generated__';

export const ReviewDatesFormQuery = graphql(`
  query ReviewDatesForm($id: ID!) {
    reviewCycle(id: $id) {
      id
      quarter
      status
      version
      opensOn
      deadline
      meetingOn
      plan {
        id
        slug
        title
      }
    }
  }
`);
