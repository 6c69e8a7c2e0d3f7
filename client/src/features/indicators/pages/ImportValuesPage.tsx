import { useState, type ChangeEvent } from 'react';
import { useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData } from '@/__generated__';
import type { ValueForm_IndicatorFragment } from '@/__generated__/graphql';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { Textarea } from '@/components/Textarea';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { ValueForm_indicator } from '@/features/indicators/components/ValueFormFields';
import { ImportMeasurementsMutation } from '@/features/indicators/graphql/ImportMeasurements.mutation';
import { IndicatorDetailQuery } from '@/features/indicators/graphql/IndicatorDetail.query';
import { ValueFormQuery } from '@/features/indicators/graphql/ValueForm.query';
import {
  exampleCsv,
  IMPORT_FIELDS,
  importProblems,
  importSchema,
  rowProblemText,
  templateHref,
  type ImportFormValues,
  type RowProblem,
} from '@/features/indicators/utils/importForm';
import { PERIOD_START_WORDS, VALUE_HINTS } from '@/features/indicators/utils/labels';
import type { IndicatorSavedState } from '@/features/indicators/utils/savedState';
import { useFormPage } from '@/hooks/useFormPage';
import { fieldProps } from '@/utils/fieldProps';

export function ImportValuesForm({ indicator }: { indicator: ValueForm_IndicatorFragment }) {
  const [importMeasurements, { loading }] = useMutation(ImportMeasurementsMutation);
  const [rows, setRows] = useState<RowProblem[]>([]);
  const [loaded, setLoaded] = useState<string | null>(null);
  const href = `/indicators/${indicator.id}`;
  const { register, errors, submission, form } = useFormPage<ImportFormValues>({
    resolver: zodResolver(importSchema),
    defaultValues: { csv: '' },
    fields: IMPORT_FIELDS,
    save: async ({ csv }) => {
      setRows([]);
      try {
        const { data } = await importMeasurements({
          variables: { input: { indicatorId: indicator.id, csv } },
          refetchQueries: [{ query: IndicatorDetailQuery, variables: { id: indicator.id } }],
          awaitRefetchQueries: true,
        });
        const { created, corrected, unchanged } = data!.importMeasurements;
        const state: IndicatorSavedState = { saved: 'imported', created, corrected, unchanged };
        return { to: href, state };
      } catch (error) {
        // Problems with rows: the file as a whole is the field in error, and each row is listed.
        const problems = importProblems(error);
        if (!problems) throw error;
        form.setError('csv', { type: 'server', message: problems.message });
        setRows(problems.rows);
      }
    },
  });
  const rowItems = rows.map((p) => ({ text: rowProblemText(p), target: 'csv' }));
  const field = fieldProps(register, errors);

  // The file's text goes into the box, where it can be checked and fixed before importing.
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    form.setValue('csv', await file.text(), { shouldDirty: true });
    setLoaded(file.name);
  };

  return (
    <FormPage
      submission={{ ...submission, summary: [...submission.summary, ...rowItems] }}
      title={`Import values for ${indicator.name}`}
      backLink={{ to: href, text: 'Back to the indicator' }}
      caption={indicator.name}
      heading="Import values from CSV"
      intro={
        <>
          <p className="govuk-body">
            Use a CSV file with a header row and one row for each period. Every row is checked first: if any
            has a problem, nothing is imported.
          </p>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              <strong>period</strong>: {PERIOD_START_WORDS[indicator.frequency]}, written like 2026-04-01
            </li>
            <li>
              <strong>value</strong>: {VALUE_HINTS[indicator.unit].replace(/^./, (c) => c.toLowerCase())}
            </li>
            <li>
              <strong>note</strong> (optional): in double quotes if it has a comma
            </li>
          </ul>
          <p className="govuk-body">
            A row for a period that already has a value corrects it. The earlier value is kept.
          </p>
          <p className="govuk-body">
            <a className="govuk-link" href={templateHref()} download="indicator-values.csv">
              Download a CSV template (period,value,note)
            </a>
          </p>
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">See an example</span>
            </summary>
            <div className="govuk-details__text">
              <pre className="app-csv-example">{exampleCsv(indicator.frequency)}</pre>
            </div>
          </details>
        </>
      }
      submitText="Import values"
      saving={loading}
    >
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="csvFile">
          Choose a CSV file
        </label>
        <div id="csvFile-hint" className="govuk-hint">
          Its contents are shown in the box below, where you can check them before importing.
        </div>
        <input
          className="govuk-file-upload"
          id="csvFile"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="csvFile-hint"
          onChange={readFile}
        />
        {loaded && (
          <p className="govuk-body-s govuk-!-margin-top-2" role="status">
            {loaded} is in the box below.
          </p>
        )}
      </div>
      <div className="app-csv-input">
        <Textarea
          label="Values to import"
          hint="Or paste the rows here, starting with the header row: period,value,note"
          rows={10}
          spellCheck={false}
          {...field.input('csv')}
        />
      </div>
    </FormPage>
  );
}

function ImportValuesLoader() {
  const { id = '' } = useParams();
  const result = useQuery(ValueFormQuery, { variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result}>
      {(data) => <ImportValuesForm indicator={getFragmentData(ValueForm_indicator, data.indicator)} />}
    </QueryResult>
  );
}

export function ImportValuesPage() {
  return (
    <RequireSignIn adminTask="import values of indicators">
      <ImportValuesLoader />
    </RequireSignIn>
  );
}
