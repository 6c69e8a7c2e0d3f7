import { useCallback, useState, type InputEvent, type Ref } from 'react';
import { formGroupClass, HintAndError } from './FormParts';
import type { TextareaProps } from './Textarea';

const count = (n: number) => n.toLocaleString('en-GB');

/** The GOV.UK character count's message for `length` characters of at most `max`. */
export function characterCountMessage(length: number, max: number): string {
  const left = max - length;
  if (left >= 0) return `You have ${count(left)} character${left === 1 ? '' : 's'} remaining`;
  return `You have ${count(-left)} character${left === -1 ? '' : 's'} too many`;
}

/**
 * A textarea that says, as the writer types, how many characters are left: GOV.UK's character
 * count. `maxLength` is the field's limit from the domain library (LIMITS), the one the API and the
 * form's checks apply. The box does not stop typing at the limit, as GOV.UK advises: going over
 * shows the count as an error, and the form's check explains it.
 */
export function CharacterCount({
  id,
  label,
  labelClassName = 'govuk-label--s',
  hint,
  error,
  rows = 5,
  ref,
  maxLength,
  onInput,
  ...rest
}: TextareaProps & { maxLength: number }) {
  const [length, setLength] = useState(0);
  // Reads what the box holds when it appears (a restored draft, say) as well as on each input.
  // It changes with the outer ref, as a plain ref would: react-hook-form's reset registers the
  // box again through it.
  const measure = useCallback(
    (node: HTMLTextAreaElement | null) => {
      // The outer ref first: registering may set the box's value.
      if (typeof ref === 'function') ref(node);
      else if (ref) (ref as { current: HTMLTextAreaElement | null }).current = node;
      if (node) setLength(node.value.length);
    },
    [ref],
  );
  const over = length > maxLength;
  const message = characterCountMessage(length, maxLength);
  const infoId = `${id}-info`;
  return (
    <div className={formGroupClass(error, 'govuk-character-count')}>
      <label className={`govuk-label ${labelClassName}`} htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        ref={measure as Ref<HTMLTextAreaElement>}
        id={id}
        rows={rows}
        className={`govuk-textarea${error || over ? ' govuk-textarea--error' : ''}`}
        aria-describedby={[infoId, hint ? `${id}-hint` : null, error ? `${id}-error` : null]
          .filter(Boolean)
          .join(' ')}
        onInput={(event: InputEvent<HTMLTextAreaElement>) => {
          setLength(event.currentTarget.value.length);
          onInput?.(event);
        }}
        {...rest}
      />
      <div
        id={infoId}
        className={`govuk-character-count__message ${over ? 'govuk-error-message' : 'govuk-hint'}`}
        aria-live="polite"
      >
        {message}
      </div>
    </div>
  );
}
