import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { RagTag } from '@/features/actions/components/RagTag';

export const RagCountsList_counts = graphql(`
  fragment RagCountsList_counts on RagCounts {
    red
    amber
    green
  }
`);

const plural = (n: number) => `${n} ${n === 1 ? 'action' : 'actions'}`;

/** How many actions are red, amber and green: each a tag with its word and a count. */
export function RagCountsList({ counts }: { counts: FragmentType<typeof RagCountsList_counts> }) {
  const c = getFragmentData(RagCountsList_counts, counts);
  return (
    <ul className="govuk-list app-count-list">
      <li>
        <RagTag rag="RED" /> {plural(c.red)}
      </li>
      <li>
        <RagTag rag="AMBER" /> {plural(c.amber)}
      </li>
      <li>
        <RagTag rag="GREEN" /> {plural(c.green)}
      </li>
    </ul>
  );
}
