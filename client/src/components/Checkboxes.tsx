import { Fragment, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { FieldsetGroup, type LegendSize } from './FormParts';

type ChoiceInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'value'> & {
  ref?: Ref<HTMLInputElement>;
};

export interface ChoiceItem {
  /** Left out for a single yes-or-no box, which react-hook-form then reads as true or false. */
  value?: string;
  label: ReactNode;
  hint?: ReactNode;
  inputProps?: ChoiceInputProps;
  /** The input's id, where the list's numbering does not fit (several lists under one name). */
  id?: string;
  /** Shown under the item while it is chosen (GOV.UK's conditional reveal). */
  conditional?: ReactNode;
  /** Whether the conditional content shows: the item is chosen. */
  conditionalOpen?: boolean;
}

export interface ChoiceItemsProps {
  kind: 'checkboxes' | 'radios';
  /** The first input's id; the others get `${idPrefix}-2`, `-3` ... (as govuk-frontend does). */
  idPrefix: string;
  name?: string;
  items: ChoiceItem[];
  /** Given to every item's input, such as react-hook-form's `register(name)`. */
  inputProps?: ChoiceInputProps;
  small?: boolean;
  inline?: boolean;
}

/**
 * GOV.UK checkboxes or radios without their fieldset: for a list inside a fieldset of its own,
 * or a single box such as "Publish this action". Every checkbox and radio of the app is one.
 */
export function ChoiceItems({ kind, idPrefix, name, items, inputProps, small, inline }: ChoiceItemsProps) {
  const block = `govuk-${kind}`;
  const type = kind === 'checkboxes' ? 'checkbox' : 'radio';
  const modifiers = [block, small && `${block}--small`, inline && `${block}--inline`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={modifiers} data-module={block}>
      {items.map((item, i) => {
        const id = item.id ?? choiceId(idPrefix, i);
        const conditionalId = `conditional-${id}`;
        return (
          <Fragment key={item.value ?? id}>
            <div className={`${block}__item`}>
              <input
                className={`${block}__input`}
                id={id}
                name={name}
                type={type}
                value={item.value}
                aria-describedby={item.hint ? `${id}-item-hint` : undefined}
                aria-controls={item.conditional ? conditionalId : undefined}
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
            {item.conditional && (
              <div
                className={`${block}__conditional${item.conditionalOpen ? '' : ` ${block}__conditional--hidden`}`}
                id={conditionalId}
              >
                {item.conditional}
              </div>
            )}
          </Fragment>
        );
      })}
    </div>
  );
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
  return (
    <FieldsetGroup id={idPrefix} legend={legend} legendSize={legendSize} hint={hint} error={error}>
      <ChoiceItems
        kind={kind}
        idPrefix={idPrefix}
        name={name}
        items={items}
        inputProps={inputProps}
        small={small}
        inline={inline}
      />
    </FieldsetGroup>
  );
}

export function Checkboxes(props: ChoicesProps) {
  return <Choices kind="checkboxes" {...props} />;
}

export function Radios(props: ChoicesProps) {
  return <Choices kind="radios" {...props} />;
}
