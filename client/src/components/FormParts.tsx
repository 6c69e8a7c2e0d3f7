import type { ReactNode } from 'react';

export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="govuk-hint">
      {children}
    </div>
  );
}

/** The ids of a field's hint and error message, for aria-describedby. */
export function describedBy(id: string, hint: unknown, error: unknown, extra?: string): string | undefined {
  const ids = [extra, hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function formGroupClass(error: unknown, extra?: string) {
  return ['govuk-form-group', error ? 'govuk-form-group--error' : null, extra].filter(Boolean).join(' ');
}

/** A field's hint, then its error message: ids `${id}-hint` and `${id}-error`, as describedBy names them. */
export function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
    </>
  );
}

/** What every labelled control takes: a text input, a textarea or a select. */
export interface FieldProps {
  id: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string;
}

/** The form group around one labelled control: label, hint and error message, then the control. */
export function FormGroup({
  id,
  label,
  labelClassName = 'govuk-label--s',
  hint,
  error,
  children,
}: FieldProps & { children: ReactNode }) {
  return (
    <div className={formGroupClass(error)}>
      <label className={`govuk-label ${labelClassName}`} htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

export type LegendSize = 's' | 'm' | 'l' | 'xl';

/** The form group around a set of controls (radios, checkboxes, a date): legend, hint and error message. */
export function FieldsetGroup({
  id,
  legend,
  legendSize = 'm',
  hint,
  error,
  children,
}: {
  /** Names the hint and error message: `${id}-hint`, `${id}-error`. */
  id: string;
  legend: ReactNode;
  legendSize?: LegendSize;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={formGroupClass(error)}>
      {/* A fieldset is a group already: role="group" on it is a Nu validator warning. */}
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        {children}
      </fieldset>
    </div>
  );
}
