import { useEffect } from 'react';

export const SERVICE_NAME = 'Partnership Tracker';

/** Sets the browser tab title: 'Page – Partnership Tracker', prefixed 'Error: ' when a form has errors. */
export function useDocumentTitle(title: string | undefined, options: { error?: boolean } = {}) {
  const { error = false } = options;
  useEffect(() => {
    if (title === undefined) return;
    document.title = `${error ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
  }, [title, error]);
}
