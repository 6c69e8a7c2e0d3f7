import { graphql } from '@/__generated__';

export const QuestionFormQuery = graphql(`
  query QuestionForm($id: ID!) {
    reviewCycle(id: $id) {
      id
      quarter
      status
      plan {
        id
        slug
        title
        priorities {
          id
          number
          actions {
            id
            ref
            title
          }
        }
      }
      questions {
        id
        question
        askedBy
        receivedOn
        answer
        answeredBy
        published
        version
        actions {
          id
        }
      }
    }
  }
`);
