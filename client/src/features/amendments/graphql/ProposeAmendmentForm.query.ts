import { graphql } from '@/__generated__';

// What the form offers, and what the domain library's checkAmendment judges the proposal against
// before it is sent: the plan's priorities, actions and milestones, the partners and the reviews.
export const ProposeAmendmentFormQuery = graphql(`
  query ProposeAmendmentForm($slug: String!) {
    plan(slug: $slug) {
      id
      slug
      title
      status
      priorities {
        id
        number
        title
        actions {
          id
          ref
          title
          startDate
          dueDate
          weight
          milestones {
            id
            title
            dueDate
          }
        }
      }
      reviewCycles {
        id
        quarter
      }
    }
    partners {
      id
      name
    }
  }
`);
