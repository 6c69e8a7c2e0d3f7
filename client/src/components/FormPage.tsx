import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { FormSubmission } from '@/hooks/useFormPage';
import { BackLink } from './BackLink';
import { Button, ButtonGroup, type ButtonProps } from './Button';
import { ErrorSummary } from './ErrorSummary';
import { Page, PageHeading } from './Page';

export interface FormPageProps {
  /** From `useFormPage`. */
  submission: FormSubmission;
  /** The document title, without 'Error: ' (added while there are errors). */
  title: string;
  backLink: { to: string; text: ReactNode };
  caption?: ReactNode;
  heading: ReactNode;
  /** Between the heading and the form: warnings and guidance. */
  intro?: ReactNode;
  /** The boxes. */
  children?: ReactNode;
  submitText: string;
  submitVariant?: ButtonProps['variant'];
  /** The mutation is on its way: the button is disabled, so it is not sent twice. */
  saving: boolean;
  /** Where Cancel goes; the back link's page unless said. */
  cancelTo?: string;
  /** Under the form. */
  after?: ReactNode;
}

/** A page with one form: back link, error summary, heading, the boxes, then submit and Cancel. */
export function FormPage({
  submission: { onSubmit, summary, focusKey },
  title,
  backLink,
  caption,
  heading,
  intro,
  children,
  submitText,
  submitVariant,
  saving,
  cancelTo = backLink.to,
  after,
}: FormPageProps) {
  return (
    <Page
      title={title}
      error={summary.length > 0}
      beforeContent={<BackLink to={backLink.to}>{backLink.text}</BackLink>}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} focusKey={focusKey} />
          <PageHeading caption={caption}>{heading}</PageHeading>
          {intro}
          <form onSubmit={onSubmit} noValidate>
            {children}
            <ButtonGroup>
              <Button type="submit" variant={submitVariant} disabled={saving}>
                {submitText}
              </Button>
              <Link className="govuk-link" to={cancelTo}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
          {after}
        </div>
      </div>
    </Page>
  );
}
