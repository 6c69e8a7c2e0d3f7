import { graphql } from '@/__generated__';

export const PublishEvidenceFileMutation = graphql(`
  mutation PublishEvidenceFile($input: PublishEvidenceFileInput!) {
    publishEvidenceFile(input: $input) {
      id
      published
      publishedAt
    }
  }
`);
