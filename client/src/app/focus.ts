// After a client-side navigation, focus moves to the new page's heading (or its success
// banner), as it would after a full page load with a screen reader. The first page load
// leaves focus where the browser puts it.
let focusedPath: string | null = typeof window === 'undefined' ? null : window.location.pathname;

/** True once for each newly visited path: the caller should take focus. */
export function claimNavigationFocus(pathname: string): boolean {
  if (pathname === focusedPath) return false;
  focusedPath = pathname;
  return true;
}

/** For tests: treat `pathname` as the page that was loaded first. */
export function resetNavigationFocus(pathname: string | null) {
  focusedPath = pathname;
}
