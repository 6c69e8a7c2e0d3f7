import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ArchiveIndicatorFormQuery as ArchiveIndicatorFormData } from '@/__generated__/graphql';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { WarningText } from '@/components/WarningText';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { ArchiveIndicatorMutation } from '@/features/indicators/graphql/ArchiveIndicator.mutation';
import { ArchiveIndicatorFormQuery } from '@/features/indicators/graphql/ArchiveIndicatorForm.query';
import type { IndicatorsSavedState } from '@/features/indicators/utils/savedState';
import { useFormPage } from '@/hooks/useFormPage';

// A confirmation has no boxes: only the API's refusals show in its error summary.
const NO_FIELDS = [] as const;

export function ArchiveIndicatorConfirm({ indicator }: { indicator: ArchiveIndicatorFormData['indicator'] }) {
  const [archiveIndicator, { loading }] = useMutation(ArchiveIndicatorMutation);
  const href = `/indicators/${indicator.id}`;
  const { submission } = useFormPage({
    fields: NO_FIELDS,
    save: async () => {
      // The lists that held it (all indicators, a plan's) fetch again when shown, so it drops out.
      await archiveIndicator({ variables: { input: { id: indicator.id } } });
      const state: IndicatorsSavedState = { saved: 'archived', name: indicator.name };
      return { to: '/indicators', state };
    },
  });

  return (
    <FormPage
      submission={submission}
      title={`Are you sure you want to archive ${indicator.name}?`}
      backLink={{ to: `${href}/edit`, text: 'Back' }}
      caption={indicator.name}
      heading="Are you sure you want to archive this indicator?"
      intro={
        <>
          <p className="govuk-body">
            Archiving takes the indicator out of every list: the list of indicators, the plans’ pages and
            their priorities.
          </p>
          <p className="govuk-body">It is not deleted. Its values and their history are kept.</p>
          <WarningText>You cannot undo this in the service.</WarningText>
        </>
      }
      submitText="Archive indicator"
      submitVariant="warning"
      saving={loading}
      cancelTo={href}
    />
  );
}

function ArchiveIndicatorLoader() {
  const { id = '' } = useParams();
  const result = useQuery(ArchiveIndicatorFormQuery, { variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result} what="page">
      {(data) => <ArchiveIndicatorConfirm indicator={data.indicator} />}
    </QueryResult>
  );
}

export function ArchiveIndicatorPage() {
  return (
    <RequireSignIn adminTask="archive indicators">
      <ArchiveIndicatorLoader />
    </RequireSignIn>
  );
}
