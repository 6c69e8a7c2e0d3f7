import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';

type Variant = 'primary' | 'secondary' | 'warning' | 'inverse';

function classes(variant: Variant, extra?: string) {
  return ['govuk-button', variant !== 'primary' && `govuk-button--${variant}`, extra]
    .filter(Boolean)
    .join(' ');
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  children: ReactNode;
}

export function Button({ variant = 'primary', className, type = 'submit', children, ...rest }: ButtonProps) {
  return (
    <button type={type} className={classes(variant, className)} data-module="govuk-button" {...rest}>
      {children}
    </button>
  );
}

/** A link that looks like a button, for starting a task on another page. */
export function ButtonLink({
  variant = 'primary',
  className,
  children,
  ...rest
}: LinkProps & { variant?: Variant; children: ReactNode }) {
  return (
    <Link
      role="button"
      draggable={false}
      className={classes(variant, className)}
      data-module="govuk-button"
      {...rest}
    >
      {children}
    </Link>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}
