/** The service's own name, in the header of every page and in its statements. */
export const SERVICE_NAME = 'Partnership Tracker';

/**
 * The footer's support links, on the signed-in pages and the public ones alike: the statements
 * the law asks every public service to link from each page.
 */
export const SUPPORT_LINKS = [
  { href: '/public/accessibility', text: 'Accessibility statement' },
  { href: '/public/privacy', text: 'Privacy notice' },
] as const;
