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

export type LegendSize = 's' | 'm' | 'l' | 'xl';

export function Fieldset({
  legend,
  legendSize = 'm',
  describedBy: described,
  role,
  children,
}: {
  legend: ReactNode;
  legendSize?: LegendSize;
  describedBy?: string;
  role?: 'group';
  children: ReactNode;
}) {
  return (
    <fieldset className="govuk-fieldset" aria-describedby={described} role={role}>
      <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
      {children}
    </fieldset>
  );
}
