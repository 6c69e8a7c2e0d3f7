import { graphql } from '@/__generated__';

export const IndicatorsListQuery = graphql(`
  query IndicatorsList {
    indicators {
      id
      ...IndicatorsTable_indicator
    }
  }
`);
