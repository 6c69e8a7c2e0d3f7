import { graphql } from '@/__generated__';

export const CreatePriorityMutation = graphql(`
  mutation CreatePriority($input: CreatePriorityInput!) {
    createPriority(input: $input) {
      id
      number
      title
      description
    }
  }
`);
