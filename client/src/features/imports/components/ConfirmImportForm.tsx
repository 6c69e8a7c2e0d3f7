import { ChoiceItems } from '@/components/Checkboxes';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useMutation } from '@apollo/client/react';
import type { PartnerKind } from '@/__generated__/graphql';
import { Button } from '@/components/Button';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/ErrorSummary';
import { ErrorMessage } from '@/components/FormParts';
import { PersonalDataConfirm } from '@/components/PersonalDataConfirm';
import { Select } from '@/components/Select';
import { ApplyPlanImportMutation } from '@/features/imports/graphql/ApplyPlanImport.mutation';
import { plural, type ImportRunData } from '@/features/imports/utils/importFile';
import { PARTNER_KIND_LABELS, PARTNER_KINDS } from '@/features/partners/utils/labels';
import { apiErrors, GENERIC_ERROR } from '@/utils/graphqlErrors';
import type { PersonalDataFinding } from '@/utils/personalData';

interface ConfirmValues {
  partners: { create: boolean; kind: string }[];
  confirmPersonalData: boolean;
}

const CONFIRM_PERSONAL_DATA =
  'Confirm the flagged text is not personal data, or correct the file and upload it again';

const schema = (names: string[], personalData: boolean) =>
  z.object({
    confirmPersonalData: z
      .boolean()
      .refine((confirmed) => !personalData || confirmed, { message: CONFIRM_PERSONAL_DATA }),
    partners: z.array(z.object({ create: z.boolean(), kind: z.string() })).superRefine((partners, ctx) =>
      partners.forEach((p, i) => {
        if (!p.create) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'create'],
            message: `${names[i]} is not in the partner directory. Tick it to add it, or correct the name in the file and upload it again`,
          });
        } else if (!p.kind) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'kind'],
            message: `Choose what kind of organisation ${names[i]} is`,
          });
        }
      }),
    ),
  });

const createId = (i: number) => `partner-${i}-create`;
const kindId = (i: number) => `partner-${i}-kind`;

/** Confirms the import, choosing first which unknown partners to add and what kind each is. */
export function ConfirmImportForm({ run }: { run: ImportRunData }) {
  const names = run.unknownPartners.map((p) => p.name);
  // As in the forms: published text that looks like personal data is imported only once confirmed.
  const findings = (run.changes?.personalData ?? []).map((f) => ({
    field: `Row ${f.row}, ${f.column}`,
    kind: f.kind as PersonalDataFinding['kind'],
    text: f.text,
  }));
  const [applyImport, { loading }] = useMutation(ApplyPlanImportMutation);
  const [serverErrors, setServerErrors] = useState<ErrorSummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, submitCount },
  } = useForm<ConfirmValues>({
    resolver: zodResolver(schema(names, findings.length > 0)),
    defaultValues: { partners: names.map(() => ({ create: false, kind: '' })), confirmPersonalData: false },
  });

  const chosen = useWatch({ control, name: 'partners' });

  const onSubmit = async (values: ConfirmValues) => {
    setServerErrors([]);
    try {
      await applyImport({
        variables: {
          input: {
            importRunId: run.id,
            createPartners: values.partners.map((p, i) => ({ name: names[i]!, kind: p.kind as PartnerKind })),
            ...(findings.length ? { confirmPersonalData: values.confirmPersonalData } : {}),
          },
        },
      });
    } catch (error) {
      const found = apiErrors(error);
      const items = found.flatMap((e) =>
        e.fields.length
          ? e.fields.map((f) => ({
              text: /^row \d+/.test(f.field)
                ? `${f.field.replace(/^row/, 'Row').replace(':', ',')}: ${f.message}`
                : f.message,
              target:
                names.findIndex((n) => f.message.startsWith(n)) >= 0
                  ? createId(names.findIndex((n) => f.message.startsWith(n)))
                  : undefined,
            }))
          : [{ text: e.message }],
      );
      setServerErrors(items.length ? items : [{ text: GENERIC_ERROR }]);
      setAttempt((n) => n + 1);
    }
  };

  const fieldErrors: ErrorSummaryItem[] = names.flatMap((_, i) => {
    const e = errors.partners?.[i];
    return [
      ...(e?.create?.message ? [{ text: e.create.message, target: createId(i) }] : []),
      ...(e?.kind?.message ? [{ text: e.kind.message, target: kindId(i) }] : []),
    ];
  });
  if (errors.confirmPersonalData?.message) {
    fieldErrors.push({ text: errors.confirmPersonalData.message, target: 'confirmPersonalData' });
  }
  const rowCount = run.rowCount;

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <ErrorSummary errors={[...fieldErrors, ...serverErrors]} focusKey={`${submitCount}-${attempt}`} />
      {names.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Partners not in the directory ({names.length})</h2>
          <p className="govuk-body">
            The file names {plural(names.length, 'partner')} the tracker does not know. Tick each one to add
            it to the partner directory with this import, and say what kind of organisation it is. If a name
            is misspelt, correct it in your spreadsheet and upload the file again instead.
          </p>
          {run.unknownPartners.map((partner, i) => {
            const error = errors.partners?.[i]?.create?.message;
            const ticked = chosen?.[i]?.create;
            return (
              <div
                key={partner.name}
                className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}
              >
                <fieldset
                  className="govuk-fieldset"
                  aria-describedby={`${createId(i)}-hint${error ? ` ${createId(i)}-error` : ''}`}
                >
                  <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{partner.name}</legend>
                  <div id={`${createId(i)}-hint`} className="govuk-hint">
                    Named in {partner.rows.length === 1 ? 'row' : 'rows'} {partner.rows.join(', ')}
                  </div>
                  {error && <ErrorMessage id={`${createId(i)}-error`}>{error}</ErrorMessage>}
                  <ChoiceItems
                    kind="checkboxes"
                    small
                    idPrefix={createId(i)}
                    items={[
                      {
                        label: `Add ${partner.name} as a new partner`,
                        inputProps: register(`partners.${i}.create`),
                      },
                    ]}
                  />
                  {ticked && (
                    <Select
                      id={kindId(i)}
                      label={`What kind of organisation is ${partner.name}?`}
                      error={errors.partners?.[i]?.kind?.message}
                      options={[
                        { value: '', label: 'Choose a kind' },
                        ...PARTNER_KINDS.map((k) => ({ value: k, label: PARTNER_KIND_LABELS[k] })),
                      ]}
                      {...register(`partners.${i}.kind`)}
                    />
                  )}
                </fieldset>
              </div>
            );
          })}
        </>
      )}
      {findings.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Text that looks like personal data ({findings.length})</h2>
          {errors.confirmPersonalData?.message && (
            <ErrorMessage id="confirmPersonalData-error">{errors.confirmPersonalData.message}</ErrorMessage>
          )}
          <PersonalDataConfirm
            findings={findings}
            fieldLabels={{}}
            inputProps={register('confirmPersonalData')}
          />
        </>
      )}
      <Button disabled={loading}>Import {plural(rowCount, 'row')}</Button>
    </form>
  );
}
