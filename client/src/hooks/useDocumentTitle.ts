import { useEffect } from 'react';
import { useSite } from '@/features/organisation/hooks/useSite';

/** Sets the browser tab title: 'Page – Partnership Tracker', prefixed 'Error: ' when a form has errors. */
export function useDocumentTitle(title: string | undefined, options: { error?: boolean } = {}) {
  const { error = false } = options;
  const { serviceName } = useSite();
  useEffect(() => {
    if (title === undefined) return;
    document.title = `${error ? 'Error: ' : ''}${title} – ${serviceName}`;
  }, [title, error, serviceName]);
}
