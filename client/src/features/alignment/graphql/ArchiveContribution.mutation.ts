import { graphql } from '@/__generated__';

export const ArchiveContributionMutation = graphql(`
  mutation ArchiveContribution($input: ArchiveInput!) {
    archiveContribution(input: $input) {
      id
    }
  }
`);
