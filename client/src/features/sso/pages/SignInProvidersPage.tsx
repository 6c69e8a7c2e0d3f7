import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Button } from '@/components/Button';
import { Page, PageHeading } from '@/components/Page';
import { QueryResult } from '@/components/QueryResult';
import { Table } from '@/components/Table';
import { Tag } from '@/components/Tag';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { IdentityProvidersQuery } from '@/features/sso/graphql/IdentityProviders.query';
import { SetIdentityProviderEnabledMutation } from '@/features/sso/graphql/SetIdentityProviderEnabled.mutation';
import { formatMomentDate } from '@/utils/dates';
import { GENERIC_ERROR } from '@/utils/graphqlErrors';
import type { IdentityProvidersQuery as IdentityProvidersData } from '@/__generated__/graphql';

type Provider = IdentityProvidersData['identityProviders'][number];

function ProvidersTable({ providers }: { providers: Provider[] }) {
  const [setEnabled, { loading }] = useMutation(SetIdentityProviderEnabledMutation);
  const [status, setStatus] = useState('');
  const toggle = async (p: Provider) => {
    setStatus('');
    try {
      await setEnabled({ variables: { input: { id: p.id, enabled: !p.enabled } } });
      setStatus(
        p.enabled
          ? `${p.name} is switched off. Everyone signed in with it has been signed out.`
          : `${p.name} is switched on.`,
      );
    } catch {
      setStatus(GENERIC_ERROR);
    }
  };
  return (
    <>
      <p className="govuk-body" role="status">
        {status}
      </p>
      <Table
        caption="Sign-in providers"
        captionClassName="govuk-visually-hidden"
        columns={[
          { header: 'Provider' },
          { header: 'Status' },
          { header: 'Signed in now' },
          { header: 'Redirect URI to register' },
          { header: 'Change', label: 'Change' },
        ]}
        rows={providers.map((p) => ({
          key: p.id,
          cells: [
            <>
              {p.name}
              <br />
              <span className="govuk-body-s app-break-anywhere">{p.issuer}</span>
            </>,
            <>
              <Tag colour={p.enabled ? 'green' : 'grey'}>{p.enabled ? 'On' : 'Off'}</Tag>
              {p.changedAt && (
                <span className="govuk-body-s">
                  {' '}
                  since {formatMomentDate(p.changedAt)} ({p.changedByEmail})
                </span>
              )}
            </>,
            `${p.activeSessions} ${p.activeSessions === 1 ? 'person' : 'people'}`,
            <code key="uri" className="app-break-anywhere">
              {p.redirectUri}
            </code>,
            <Button
              key="toggle"
              type="button"
              variant={p.enabled ? 'warning' : 'secondary'}
              className="govuk-!-margin-bottom-0"
              disabled={loading}
              onClick={() => toggle(p)}
            >
              {p.enabled ? 'Switch off' : 'Switch on'}
              <span className="govuk-visually-hidden"> {p.name}</span>
            </Button>,
          ],
        }))}
      />
    </>
  );
}

function Providers() {
  const result = useQuery(IdentityProvidersQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <Page
      title="Sign-in providers"
      beforeContent={<Breadcrumbs items={[{ text: 'Organisation settings', to: '/settings' }]} />}
    >
      <PageHeading>Sign-in providers</PageHeading>
      <p className="govuk-body">
        Partners’ staff can sign in with their organisation’s Microsoft or Google account through these
        providers. They are set up by whoever runs the service (the OIDC_PROVIDERS setting; see the operations
        guide). Switching one off signs out everyone who signed in with it, and stops anyone signing in with
        it until it is switched on again.
      </p>
      <QueryResult result={result}>
        {(data) =>
          data.identityProviders.length === 0 ? (
            <p className="govuk-body">
              No sign-in providers are set up, so everyone signs in with an email address and password.
            </p>
          ) : (
            <ProvidersTable providers={data.identityProviders} />
          )
        }
      </QueryResult>
    </Page>
  );
}

export function SignInProvidersPage() {
  return (
    <RequireSignIn adminTask="manage sign-in providers">
      <Providers />
    </RequireSignIn>
  );
}
