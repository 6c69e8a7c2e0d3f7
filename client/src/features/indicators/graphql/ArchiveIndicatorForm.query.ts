import { graphql } from '@/__generated__';

export const ArchiveIndicatorFormQuery = graphql(`
  query ArchiveIndicatorForm($id: ID!) {
    indicator(id: $id) {
      id
      name
    }
  }
`);
