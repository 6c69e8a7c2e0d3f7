import { graphql } from '@/__generated__';

export const ArchiveIndicatorMutation = graphql(`
  mutation ArchiveIndicator($input: ArchiveInput!) {
    archiveIndicator(input: $input) {
      id
    }
  }
`);
