import { graphql } from '@/__generated__';

export const CreateActionMutation = graphql(`
  mutation CreateAction($input: CreateActionInput!) {
    createAction(input: $input) {
      id
      ref
      title
    }
  }
`);
