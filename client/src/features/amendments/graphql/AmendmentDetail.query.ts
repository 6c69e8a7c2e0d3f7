import { graphql } from '@/__generated__';

export const AmendmentDetailQuery = graphql(`
  query AmendmentDetail($slug: String!, $number: Int!) {
    plan(slug: $slug) {
      id
      slug
      title
      status
      amendment(number: $number) {
        id
        number
        title
        reason
        status
        version
        agreedAtReview
        proposedByEmail
        proposedAt
        approvedByEmail
        approvedAt
        appliedByEmail
        appliedAt
        closedReason
        planVersionNumber
        changes {
          kind
          summary
          refs
          newActions {
            ref
            title
            leadPartnerName
            dueDate
            weight
            milestones {
              title
              dueDate
            }
          }
        }
      }
    }
  }
`);
