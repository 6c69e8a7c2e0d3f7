import { graphql } from '@/__generated__';

/** Who runs this installation: every page's header and title show it. */
export const SiteQuery = graphql(`
  query Site {
    site {
      serviceName
      organisationName
      logoUrl
    }
  }
`);
