import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { describedBy, ErrorMessage, formGroupClass, Hint } from './FormParts';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string;
  options: SelectOption[];
  ref?: Ref<HTMLSelectElement>;
}

export function Select({
  id,
  label,
  labelClassName = 'govuk-label--s',
  hint,
  error,
  options,
  ref,
  ...rest
}: SelectProps) {
  return (
    <div className={formGroupClass(error)}>
      <label className={`govuk-label ${labelClassName}`} htmlFor={id}>
        {label}
      </label>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <select
        ref={ref}
        id={id}
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
