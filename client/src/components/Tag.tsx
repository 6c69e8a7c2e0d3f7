import type { ReactNode } from 'react';

export type TagColour =
  | 'blue'
  | 'grey'
  | 'green'
  | 'teal'
  | 'turquoise'
  | 'purple'
  | 'magenta'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

/** A GOV.UK tag. Its words carry the meaning; the colour only helps. */
export function Tag({ colour = 'blue', children }: { colour?: TagColour; children: ReactNode }) {
  const modifier = colour === 'blue' ? '' : ` govuk-tag--${colour}`;
  return <strong className={`govuk-tag${modifier}`}>{children}</strong>;
}
