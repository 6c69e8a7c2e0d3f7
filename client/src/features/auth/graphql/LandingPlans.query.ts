import { graphql } from '@/__generated__';

/** What a Panel member's landing page depends on (landingPath). */
export const LandingPlansQuery = graphql(`
  query LandingPlans {
    plans {
      id
      slug
      status
      snapshots {
        cycleId
        quarter
      }
    }
  }
`);
