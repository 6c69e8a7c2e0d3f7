import { graphql } from '@/__generated__';

export const ImportRunQuery = graphql(`
  query ImportRun($id: ID!) {
    importRun(id: $id) {
      id
      fileName
      status
      progress
      stage
      rowCount
      error
      problems {
        row
        column
        message
      }
      unknownPartners {
        name
        rows
      }
      changes {
        personalData {
          row
          column
          kind
          text
        }
        created {
          row
          ref
          title
          actionId
          published
          fields {
            field
            before
            after
          }
          milestones {
            title
            change
            before
            after
          }
        }
        updated {
          row
          ref
          title
          actionId
          published
          fields {
            field
            before
            after
          }
          milestones {
            title
            change
            before
            after
          }
        }
        unchanged {
          row
          ref
          title
          actionId
          published
        }
        notInFile {
          row
          ref
          title
          actionId
          published
        }
        prioritiesCreated {
          number
          title
        }
        partnersCreated {
          name
          kind
        }
        examples
      }
    }
  }
`);
