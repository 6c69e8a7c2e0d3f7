import type { Ref, SelectHTMLAttributes } from 'react';
import { describedBy, FormGroup, type FieldProps } from './FormParts';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>, FieldProps {
  options: SelectOption[];
  ref?: Ref<HTMLSelectElement>;
}

export function Select({ id, label, labelClassName, hint, error, options, ref, ...rest }: SelectProps) {
  return (
    <FormGroup id={id} label={label} labelClassName={labelClassName} hint={hint} error={error}>
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
    </FormGroup>
  );
}
