import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FieldsetGroup, type LegendSize } from './FormParts';

type ChoiceInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'value'> & {
  ref?: Ref<HTMLInputElement>;
};

export interface ChoiceItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  inputProps?: ChoiceInputProps;
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
  /** Given to every item's input, such as react-hook-form's `register(name)`. */
  inputProps?: ChoiceInputProps;
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
  inputProps,
  small,
  inline,
}: ChoicesProps & { kind: 'checkboxes' | 'radios' }) {
  const block = `govuk-${kind}`;
  const type = kind === 'checkboxes' ? 'checkbox' : 'radio';
  const modifiers = [block, small && `${block}--small`, inline && `${block}--inline`]
    .filter(Boolean)
    .join(' ');
  return (
    <FieldsetGroup id={idPrefix} legend={legend} legendSize={legendSize} hint={hint} error={error}>
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
                {...inputProps}
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
    </FieldsetGroup>
  );
}

export function Checkboxes(props: ChoicesProps) {
  return <Choices kind="checkboxes" {...props} />;
}

export function Radios(props: ChoicesProps) {
  return <Choices kind="radios" {...props} />;
}
