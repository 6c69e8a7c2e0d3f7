import { graphql } from '@/__generated__';

export const UpdatePublicQuestionMutation = graphql(`
  mutation UpdatePublicQuestion($input: UpdatePublicQuestionInput!) {
    updatePublicQuestion(input: $input) {
      id
      question
      askedBy
      receivedOn
      answer
      answeredBy
      published
      publishedAt
      version
      actions {
        id
      }
    }
  }
`);
