import { graphql } from '@/__generated__';

export const NewPlanFormQuery = graphql(`
  query NewPlanForm {
    partners {
      id
      name
    }
  }
`);
