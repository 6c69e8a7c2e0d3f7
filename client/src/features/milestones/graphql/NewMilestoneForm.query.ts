import { graphql } from '@/__generated__';

export const NewMilestoneFormQuery = graphql(`
  query NewMilestoneForm($id: ID!) {
    action(id: $id) {
      id
      ref
      title
      canEdit
      ...CannotUpdate_action
    }
  }
`);
