/** Where to go after signing in: a path on this site only, never another site. */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/sign-in')) return '/';
  return value;
}

export const signInHref = (returnTo: string) => `/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
