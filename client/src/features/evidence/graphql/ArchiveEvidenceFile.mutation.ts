import { graphql } from '@/__generated__';

export const ArchiveEvidenceFileMutation = graphql(`
  mutation ArchiveEvidenceFile($input: ArchiveEvidenceFileInput!) {
    archiveEvidenceFile(input: $input) {
      id
      archivedAt
      archiveReason
      published
    }
  }
`);
