import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { claimNavigationFocus } from '@/app/focus';

/**
 * The GOV.UK confirmation panel, as the page's h1. It replaces a form at the same address, so it
 * takes focus whenever it appears, not only after a navigation.
 */
export function ConfirmationPanel({ title, children }: { title: ReactNode; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    claimNavigationFocus(pathname);
    ref.current?.focus();
  }, [pathname]);
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <h1 className="govuk-panel__title app-heading-focus" ref={ref} tabIndex={-1}>
        {title}
      </h1>
      {children && <div className="govuk-panel__body">{children}</div>}
    </div>
  );
}
