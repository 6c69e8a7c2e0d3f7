import type { ReactNode } from 'react';
import { Button } from '@/components/Button';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Page, PageHeading } from '@/components/Page';
import type { FormSubmission } from '@/hooks/useFormPage';

/**
 * A form for someone not signed in, reached from an email or the sign-in page: no back link or
 * Cancel, as there is nowhere to go back to.
 */
export function PublicFormPage({
  submission: { onSubmit, summary, focusKey },
  title,
  intro,
  children,
  submitText,
  saving,
  after,
}: {
  submission: FormSubmission;
  /** The document title and the h1. */
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  submitText: string;
  saving: boolean;
  after?: ReactNode;
}) {
  return (
    <Page title={title} error={summary.length > 0}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} focusKey={focusKey} />
          <PageHeading>{title}</PageHeading>
          {intro}
          <form onSubmit={onSubmit} noValidate>
            {children}
            <Button type="submit" disabled={saving}>
              {submitText}
            </Button>
          </form>
          {after}
        </div>
      </div>
    </Page>
  );
}
