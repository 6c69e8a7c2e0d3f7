import { graphql } from '@/__generated__';

/** The organisations a user can work for, for the invitation and role forms. */
export const UserFormQuery = graphql(`
  query UserForm {
    partners {
      id
      name
    }
  }
`);
