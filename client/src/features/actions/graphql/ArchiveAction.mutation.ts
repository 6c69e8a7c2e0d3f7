import { graphql } from '@/__generated__';

export const ArchiveActionMutation = graphql(`
  mutation ArchiveAction($input: ArchiveInput!) {
    archiveAction(input: $input) {
      id
      version
    }
  }
`);
