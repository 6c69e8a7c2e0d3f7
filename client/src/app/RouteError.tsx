import { Component, type ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router';
import { QueryError } from '@/components/QueryError';

class PageErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    return this.state.error ? <QueryError error={this.state.error} /> : this.props.children;
  }
}

/**
 * The pages, inside the layout: an error thrown while rendering one (or loading its code) shows
 * in words where the page would be, and the next address starts afresh.
 */
export function RouteError() {
  const { pathname } = useLocation();
  return (
    <PageErrorBoundary key={pathname}>
      <Outlet />
    </PageErrorBoundary>
  );
}
