import { graphql } from '@/__generated__';

export const ReorderAgendaMutation = graphql(`
  mutation ReorderAgenda($input: ReorderAgendaInput!) {
    reorderAgenda(input: $input) {
      id
    }
  }
`);
