import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { describedBy, ErrorMessage, formGroupClass, Hint } from './FormParts';

export interface TextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

export function Textarea({
  id,
  label,
  labelClassName = 'govuk-label--s',
  hint,
  error,
  rows = 5,
  ref,
  ...rest
}: TextareaProps) {
  return (
    <div className={formGroupClass(error)}>
      <label className={`govuk-label ${labelClassName}`} htmlFor={id}>
        {label}
      </label>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <textarea
        ref={ref}
        id={id}
        rows={rows}
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      />
    </div>
  );
}
