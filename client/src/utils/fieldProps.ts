import type { FieldErrors, FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { fieldError } from './formErrors';

/**
 * Ties GOV.UK fields to a react-hook-form form. A field's id is its name, which is what the error
 * summary links to, and its error message is the one react-hook-form holds for that name.
 */
export function fieldProps<T extends FieldValues>(register: UseFormRegister<T>, errors: FieldErrors<T>) {
  const error = (name: string) => fieldError(errors, name);
  return {
    /** For a TextInput, Textarea or Select. */
    input: (name: Path<T>) => ({ id: name, error: error(name), ...register(name) }),
    /** For Radios or Checkboxes: the first box's id is the name. */
    choices: (name: Path<T>) => ({ idPrefix: name, name, error: error(name), inputProps: register(name) }),
    /** For a DateInput, whose value holds the day, month and year. */
    date: (name: Path<T>) => ({
      id: name,
      error: error(name),
      parts: {
        day: register(`${name}.day` as Path<T>),
        month: register(`${name}.month` as Path<T>),
        year: register(`${name}.year` as Path<T>),
      },
    }),
  };
}
