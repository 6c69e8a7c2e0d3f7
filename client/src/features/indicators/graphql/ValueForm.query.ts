import { graphql } from '@/__generated__';

/** What the forms to add, correct and import values need to know about the indicator. */
export const ValueFormQuery = graphql(`
  query ValueForm($id: ID!) {
    indicator(id: $id) {
      id
      ...ValueForm_indicator
    }
  }
`);
