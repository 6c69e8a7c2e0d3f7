import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { OpenUpdateLinkMutation as OpenedLink } from '@/__generated__/graphql';
import { Loading, Page, PageHeading } from '@/components/Page';
import { WarningText } from '@/components/WarningText';
import { PartnerActionsTable } from '@/features/partners/components/PartnerActionsTable';
import { MyUpdateLinkQuery } from '@/features/updateLinks/graphql/MyUpdateLink.query';
import { OpenUpdateLinkMutation } from '@/features/updateLinks/graphql/OpenUpdateLink.mutation';
import { UpdateLinkPartnerQuery } from '@/features/updateLinks/graphql/UpdateLinkPartner.query';
import { LINK_ALLOWS } from '@/features/updateLinks/utils/labels';
import { formatDateTime } from '@/utils/dates';
import { apiErrors, GENERIC_ERROR } from '@/utils/graphqlErrors';

/** Why a link could not be opened (server: UpdateLinksService.open), as a page with what to do next. */
type LinkProblem = 'EXPIRED' | 'REVOKED' | 'UNKNOWN' | 'TOO_MANY' | 'OTHER';

export function linkProblem(error: unknown): LinkProblem {
  const e = apiErrors(error)[0];
  if (e?.code === 'FORBIDDEN' && e.reason === 'EXPIRED') return 'EXPIRED';
  if (e?.code === 'FORBIDDEN' && e.reason === 'REVOKED') return 'REVOKED';
  if (e?.code === 'NOT_FOUND' || e?.code === 'BAD_USER_INPUT') return 'UNKNOWN';
  if (e?.code === 'TOO_MANY_REQUESTS') return 'TOO_MANY';
  return 'OTHER';
}

function ProblemPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Page title={title}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading>{title}</PageHeading>
          {children}
        </div>
      </div>
    </Page>
  );
}

const PUBLIC_PLANS = (
  <p className="govuk-body">
    Anyone can still{' '}
    <Link className="govuk-link" to="/">
      read the plans and how their actions are going
    </Link>
    .
  </p>
);

export function LinkProblemPage({ problem, message }: { problem: LinkProblem; message?: string }) {
  switch (problem) {
    case 'EXPIRED':
      return (
        <ProblemPage title="This link has expired">
          <p className="govuk-body">Update links work for a limited time, and this one has run out.</p>
          <p className="govuk-body">
            To update your organisation’s actions, ask the person who sent you the link for a new one.
          </p>
          {PUBLIC_PLANS}
        </ProblemPage>
      );
    case 'REVOKED':
      return (
        <ProblemPage title="This link has been withdrawn">
          <p className="govuk-body">The link was withdrawn, so it no longer works.</p>
          <p className="govuk-body">
            If you still need to update your organisation’s actions, ask the person who sent you the link for
            a new one.
          </p>
          {PUBLIC_PLANS}
        </ProblemPage>
      );
    case 'UNKNOWN':
      return (
        <ProblemPage title="This link is not recognised">
          <p className="govuk-body">
            Check you copied all of the link from the email or message. Part of it may be missing.
          </p>
          <p className="govuk-body">
            If it still does not work, ask the person who sent you the link for a new one.
          </p>
          {PUBLIC_PLANS}
        </ProblemPage>
      );
    case 'TOO_MANY':
    case 'OTHER':
      return (
        <ProblemPage title="Sorry, there is a problem with the service">
          <p className="govuk-body">{message ?? GENERIC_ERROR}</p>
          <p className="govuk-body">Try the link again later.</p>
        </ProblemPage>
      );
  }
}

/** What the holder of a working link may do, and the actions they may do it to. */
export function OpenedLinkPage({ opened }: { opened: OpenedLink['openUpdateLink'] }) {
  const { partner } = opened;
  const { data } = useQuery(UpdateLinkPartnerQuery, { variables: { id: partner.id } });
  const title = `You can update ${partner.name}’s actions`;
  return (
    <Page title={title}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading>{title}</PageHeading>
          <p className="govuk-body-l">This link was sent to {opened.email}. You do not need to sign in.</p>
          <p className="govuk-body">Until the link expires on {formatDateTime(opened.expiresAt)}, you can:</p>
          <ul className="govuk-list govuk-list--bullet">
            {LINK_ALLOWS.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p className="govuk-body">
            The Commissioner’s team changes everything else, such as titles, partners and dates. Every change
            is recorded with your email address.
          </p>
          <WarningText>
            Do not share this link. Anyone who has it can change {partner.name}’s actions until it expires.
          </WarningText>
          <p className="govuk-body">Choose an action to update it.</p>
          <p className="govuk-body">
            Or see{' '}
            <Link className="govuk-link" to="/my-actions">
              which actions need an update
            </Link>{' '}
            this quarter.
          </p>
        </div>
      </div>
      {!data ? (
        <p className="govuk-body" role="status">
          Loading {partner.name}’s actions…
        </p>
      ) : (
        <>
          <PartnerActionsTable
            caption={`Actions ${partner.name} leads`}
            actions={data.partner.ledActions}
            emptyText={`${partner.name} does not lead any actions.`}
          />
          <PartnerActionsTable
            caption={`Actions ${partner.name} supports`}
            actions={data.partner.supportedActions}
            emptyText={`${partner.name} does not support any actions.`}
          />
        </>
      )}
    </Page>
  );
}

/**
 * Where an update link lands: the API checks the token and keeps it in an httpOnly cookie, so
 * this browser can update the partner's actions until the link expires.
 */
export function UpdateLinkLandingPage() {
  const { token = '' } = useParams();
  const client = useApolloClient();
  const [open, { data, error }] = useMutation(OpenUpdateLinkMutation);
  // Open the link once, even when React runs effects twice in development.
  const opened = useRef<string | null>(null);
  useEffect(() => {
    if (opened.current === token) return;
    opened.current = token;
    open({ variables: { input: { token } } })
      .then(() =>
        // The header then says whose actions this browser is updating. Not joined to a request for
        // the link sent before the cookie was set, which would answer 'no link'.
        client.query({
          query: MyUpdateLinkQuery,
          fetchPolicy: 'network-only',
          context: { queryDeduplication: false },
        }),
      )
      .catch(() => {
        // Shown from the hook's error.
      });
  }, [open, token, client]);

  if (error) return <LinkProblemPage problem={linkProblem(error)} message={apiErrors(error)[0]?.message} />;
  if (!data) return <Loading what="link" />;
  return <OpenedLinkPage opened={data.openUpdateLink} />;
}
