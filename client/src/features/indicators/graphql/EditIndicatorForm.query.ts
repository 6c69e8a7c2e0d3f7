import { graphql } from '@/__generated__';

export const EditIndicatorFormQuery = graphql(`
  query EditIndicatorForm($id: ID!) {
    indicator(id: $id) {
      id
      ...EditIndicatorForm_indicator
    }
    plans {
      id
      title
      status
      priorities {
        id
        number
        title
      }
    }
  }
`);
