import { graphql } from '@/__generated__';

export const EditActionFormQuery = graphql(`
  query EditActionForm($id: ID!) {
    action(id: $id) {
      id
      ref
      title
      description
      status
      rag
      progress
      startDate
      dueDate
      weight
      area
      canEdit
      version
      plan {
        id
        slug
        title
      }
      priority {
        id
        number
      }
      leadPartner {
        id
      }
      supportingPartners {
        id
      }
    }
    partners {
      id
      name
    }
  }
`);
