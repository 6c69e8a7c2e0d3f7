import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { claimNavigationFocus } from '@/app/focus';

export interface NotificationBannerProps {
  type?: 'important' | 'success';
  title?: string;
  heading: ReactNode;
  children?: ReactNode;
  /**
   * A success shown where the person is working, with no navigation (a form that stays on the
   * page): takes the focus whenever this changes, so it is read out and seen.
   */
  focusKey?: number | string;
}

export function NotificationBanner({
  type = 'important',
  title,
  heading,
  children,
  focusKey,
}: NotificationBannerProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();
  const success = type === 'success';
  useEffect(() => {
    // A success message after a save takes the focus that would go to the page's heading.
    if (success && claimNavigationFocus(pathname)) ref.current?.focus();
  }, [success, pathname]);
  useEffect(() => {
    if (success && focusKey !== undefined) ref.current?.focus();
  }, [success, focusKey]);

  return (
    <div
      ref={ref}
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={id}
      data-module="govuk-notification-banner"
      tabIndex={success ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={id}>
          {title ?? (success ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
