import { graphql } from '@/__generated__';

// There is no milestone(id) query: load the action and find the milestone among its milestones.
export const EditMilestoneFormQuery = graphql(`
  query EditMilestoneForm($actionId: ID!) {
    action(id: $actionId) {
      id
      ref
      title
      canEdit
      ...CannotUpdate_action
      plan {
        id
        slug
        status
      }
      milestones {
        id
        title
        dueDate
        completedOn
        evidence
      }
    }
    evidenceUploadLimit
  }
`);
