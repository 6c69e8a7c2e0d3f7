import { graphql } from '@/__generated__';

export const PlanEventsSubscription = graphql(`
  subscription PlanEvents($planId: ID!) {
    planEvents(planId: $planId) {
      kind
      planId
      actionId
      cycleId
      at
      actorName
    }
  }
`);
