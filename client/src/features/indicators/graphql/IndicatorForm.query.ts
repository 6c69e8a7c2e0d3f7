import { graphql } from '@/__generated__';

/** What the form to add or change an indicator offers: the priorities of every plan. */
export const IndicatorFormQuery = graphql(`
  query IndicatorForm {
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
