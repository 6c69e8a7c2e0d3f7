import { useEffect, useRef, type MouseEvent } from 'react';

export interface ErrorSummaryItem {
  text: string;
  /** The id of the field the error is about; without one the message is shown as text. */
  target?: string;
}

function focusTarget(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const input = document.getElementById(id);
  if (!input) return;
  event.preventDefault();
  // Like govuk-frontend: bring the field's legend or label into view, then focus the field.
  const legendOrLabel =
    input.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${id}"]`);
  (legendOrLabel ?? input).scrollIntoView?.();
  input.focus({ preventScroll: true });
}

/**
 * The GOV.UK error summary. It takes focus when it appears and each time `focusKey` changes
 * (every submission), so screen reader users hear about the problem.
 */
export function ErrorSummary({ errors, focusKey }: { errors: ErrorSummaryItem[]; focusKey?: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, focusKey]);

  if (!shown) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error, i) => (
              <li key={`${error.target ?? ''}-${i}`}>
                {error.target ? (
                  <a href={`#${error.target}`} onClick={(e) => focusTarget(e, error.target!)}>
                    {error.text}
                  </a>
                ) : (
                  error.text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
