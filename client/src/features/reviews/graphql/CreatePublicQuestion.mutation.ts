import { graphql } from '@/__generated__';

export const CreatePublicQuestionMutation = graphql(`
  mutation CreatePublicQuestion($input: CreatePublicQuestionInput!) {
    createPublicQuestion(input: $input) {
      id
      version
    }
  }
`);
