import { graphql } from '@/__generated__';

export const PlanImportsQuery = graphql(`
  query PlanImports($planId: ID!) {
    planImports(planId: $planId) {
      id
      fileName
      status
      createdAt
      requestedByEmail
    }
  }
`);
