import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FieldsetGroup, type LegendSize } from './FormParts';

type PartProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { ref?: Ref<HTMLInputElement> };

export interface DateInputProps {
  /** Inputs get `${id}-day`, `${id}-month`, `${id}-year`. */
  id: string;
  legend: ReactNode;
  legendSize?: LegendSize;
  hint?: ReactNode;
  error?: string;
  parts: { day: PartProps; month: PartProps; year: PartProps };
}

const PARTS = [
  { key: 'day', label: 'Day', width: 2 },
  { key: 'month', label: 'Month', width: 2 },
  { key: 'year', label: 'Year', width: 4 },
] as const;

/** The GOV.UK date input: day, month and year boxes in a labelled group. */
export function DateInput({
  id,
  legend,
  legendSize = 's',
  hint = 'For example, 27 3 2026',
  error,
  parts,
}: DateInputProps) {
  return (
    <FieldsetGroup id={id} legend={legend} legendSize={legendSize} hint={hint} error={error}>
      <div className="govuk-date-input" id={id}>
        {PARTS.map(({ key, label, width }) => (
          <div className="govuk-date-input__item" key={key}>
            <div className="govuk-form-group">
              <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${key}`}>
                {label}
              </label>
              <input
                id={`${id}-${key}`}
                type="text"
                inputMode="numeric"
                className={[
                  'govuk-input',
                  'govuk-date-input__input',
                  `govuk-input--width-${width}`,
                  error && 'govuk-input--error',
                ]
                  .filter(Boolean)
                  .join(' ')}
                {...parts[key]}
              />
            </div>
          </div>
        ))}
      </div>
    </FieldsetGroup>
  );
}
