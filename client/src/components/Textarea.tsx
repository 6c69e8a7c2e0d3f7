import type { Ref, TextareaHTMLAttributes } from 'react';
import { describedBy, FormGroup, type FieldProps } from './FormParts';

export interface TextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>, FieldProps {
  ref?: Ref<HTMLTextAreaElement>;
}

export function Textarea({ id, label, labelClassName, hint, error, rows = 5, ref, ...rest }: TextareaProps) {
  return (
    <FormGroup id={id} label={label} labelClassName={labelClassName} hint={hint} error={error}>
      <textarea
        ref={ref}
        id={id}
        rows={rows}
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      />
    </FormGroup>
  );
}
