import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { claimNavigationFocus } from '@/app/focus';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';

export interface PageProps {
  /** The document title, without the service name. */
  title: string | undefined;
  /** The page shows form errors: the title starts 'Error: '. */
  error?: boolean;
  /** Back link or breadcrumbs, shown above the main content. */
  beforeContent?: ReactNode;
  children: ReactNode;
}

/** Every page: its title, what comes before the content, and the main landmark. */
export function Page({ title, error, beforeContent, children }: PageProps) {
  useDocumentTitle(title, { error });
  return (
    <>
      {beforeContent}
      <main className="govuk-main-wrapper" id="main-content">
        {children}
      </main>
    </>
  );
}

export interface PageHeadingProps {
  children: ReactNode;
  caption?: ReactNode;
  size?: 'l' | 'xl' | 'm';
  /**
   * Take focus when shown even without a navigation: for a page that replaces its form at the
   * same address, such as 'Check your email'.
   */
  focusOnMount?: boolean;
}

/** The page's one h1. It takes focus after a client-side navigation. */
export function PageHeading({ children, caption, size = 'l', focusOnMount = false }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    if (claimNavigationFocus(pathname) || focusOnMount) ref.current?.focus();
  }, [pathname, focusOnMount]);
  return (
    <>
      {caption && <span className={`govuk-caption-${size}`}>{caption}</span>}
      <h1 className={`govuk-heading-${size} app-heading-focus`} ref={ref} tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}

export function Loading({ what = 'page' }: { what?: string }) {
  return (
    <Page title="Loading">
      <p className="govuk-body" role="status">
        Loading the {what}…
      </p>
    </Page>
  );
}
