import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { describedBy, ErrorMessage, Fieldset, formGroupClass, Hint, type LegendSize } from './FormParts';

export interface ChoiceItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'value'> & {
    ref?: Ref<HTMLInputElement>;
  };
}

export interface ChoicesProps {
  /** The first input's id; the others get `${idPrefix}-2`, `-3` ... (as govuk-frontend does). */
  idPrefix: string;
  name: string;
  legend: ReactNode;
  legendSize?: LegendSize;
  hint?: ReactNode;
  error?: string;
  items: ChoiceItem[];
  small?: boolean;
  inline?: boolean;
}

export const choiceId = (idPrefix: string, index: number) =>
  index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;

function Choices({
  kind,
  idPrefix,
  name,
  legend,
  legendSize,
  hint,
  error,
  items,
  small,
  inline,
}: ChoicesProps & { kind: 'checkboxes' | 'radios' }) {
  const block = `govuk-${kind}`;
  const type = kind === 'checkboxes' ? 'checkbox' : 'radio';
  const modifiers = [block, small && `${block}--small`, inline && `${block}--inline`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={formGroupClass(error)}>
      <Fieldset legend={legend} legendSize={legendSize} describedBy={describedBy(idPrefix, hint, error)}>
        {hint && <Hint id={`${idPrefix}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${idPrefix}-error`}>{error}</ErrorMessage>}
        <div className={modifiers} data-module={block}>
          {items.map((item, i) => {
            const id = choiceId(idPrefix, i);
            return (
              <div className={`${block}__item`} key={item.value}>
                <input
                  className={`${block}__input`}
                  id={id}
                  name={name}
                  type={type}
                  value={item.value}
                  aria-describedby={item.hint ? `${id}-item-hint` : undefined}
                  {...item.inputProps}
                />
                <label className={`govuk-label ${block}__label`} htmlFor={id}>
                  {item.label}
                </label>
                {item.hint && (
                  <div id={`${id}-item-hint`} className={`govuk-hint ${block}__hint`}>
                    {item.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}

export function Checkboxes(props: ChoicesProps) {
  return <Choices kind="checkboxes" {...props} />;
}

export function Radios(props: ChoicesProps) {
  return <Choices kind="radios" {...props} />;
}
