import type { InputHTMLAttributes, Ref } from 'react';
import { PERSONAL_DATA_KIND_LABELS, type PersonalDataFinding } from '@/utils/personalData';
import { ChoiceItems } from './Checkboxes';
import { WarningText } from './WarningText';

/**
 * Shown after the API's privacy guardrail stopped a save: what looked like personal data, and a
 * box the writer ticks to confirm it is not (then saves again). Removing the text also works.
 */
export function PersonalDataConfirm({
  findings,
  fieldLabels,
  inputProps,
}: {
  findings: readonly PersonalDataFinding[];
  /** Names of the fields as the form shows them, e.g. { publicSummary: 'Public summary' }. */
  fieldLabels: Record<string, string>;
  /** The checkbox's props: react-hook-form's `register('confirmPersonalData')`, or checked and onChange. */
  inputProps: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { ref?: Ref<HTMLInputElement> };
}) {
  if (findings.length === 0) return null;
  return (
    <div className="govuk-form-group" id="personal-data-warning">
      <WarningText>This text will be public, and some of it looks like personal data.</WarningText>
      <ul className="govuk-list govuk-list--bullet">
        {findings.map((f) => (
          <li key={`${f.field}-${f.kind}-${f.text}`}>
            {fieldLabels[f.field] ?? f.field}: {PERSONAL_DATA_KIND_LABELS[f.kind].toLowerCase()}, “{f.text}”
          </li>
        ))}
      </ul>
      <p className="govuk-body">
        Do not publish anyone’s name, contact details, address or vehicle unless they have agreed. Remove it,
        or confirm it is not personal data (for example, a shop’s name or a public phone line).
      </p>
      <ChoiceItems
        kind="checkboxes"
        small
        idPrefix="confirmPersonalData"
        items={[{ label: 'I have checked: this is not personal data, and it can be published', inputProps }]}
      />
    </div>
  );
}
