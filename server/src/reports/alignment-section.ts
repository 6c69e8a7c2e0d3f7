import type { ReportAlignmentGroup } from '../alignment/report-alignment.js';
import { plural } from './labels.js';
import type { ReportModel } from './report-model.js';
import type { Cell, Section, SectionTable } from './sections.js';

// The Panel report's sections on alignment between plans, in every format: what the plan's actions
// deliver for other plans (the Rural Crime Strategy for the Police and Crime Plan), and, for a plan
// others deliver, who delivers it. A plan with neither has no such section.

const text = (value: string | null): Cell | null =>
  value === null ? null : { text: value, value, kind: 'text' };
const percent = (n: number): Cell => ({ text: `${n}%`, value: n, kind: 'percent' });

function groupTable(g: ReportAlignmentGroup, showPlan: boolean): SectionTable {
  return {
    headers: [
      'Action',
      ...(showPlan ? ['Plan'] : []),
      'Outcome',
      'How it contributes',
      'Status',
      'RAG',
      'Progress',
    ],
    rows: g.actions.map((a) => [
      text(`${a.ref} ${a.title}`),
      ...(showPlan ? [text(a.plan)] : []),
      text(a.outcome ?? 'The whole priority'),
      text(a.how ?? 'Not stated'),
      text(a.status),
      text(a.rag),
      percent(a.progress),
    ]),
    widths: showPlan ? [4, 3, 2, 4, 2, 1, 1] : [4, 2, 4, 2, 1, 1],
    empty: 'No actions.',
  };
}

function flatTable(groups: ReportAlignmentGroup[], empty: string): SectionTable {
  return {
    headers: [
      'Receiving plan',
      'Priority',
      'Contributing plan',
      'Action',
      'Outcome',
      'How it contributes',
      'Status',
      'RAG',
      'Progress',
    ],
    rows: groups.flatMap((g) =>
      g.actions.map((a) => [
        text(g.plan),
        text(g.priority),
        text(a.plan),
        text(`${a.ref} ${a.title}`),
        text(a.outcome),
        text(a.how),
        text(a.status),
        text(a.rag),
        percent(a.progress),
      ]),
    ),
    widths: [3, 3, 3, 4, 2, 4, 2, 1, 1],
    empty,
  };
}

const summary = (g: ReportAlignmentGroup) =>
  `${plural(g.actions.length, 'action')}, ${g.progress}% delivered (weighted by each action's share).`;

export function alignmentSections(model: ReportModel): Section[] {
  const alignment = model.alignment;
  if (!alignment) return [];
  const sections: Section[] = [];
  const { contributesTo, deliveredBy } = alignment;
  if (contributesTo.length) {
    const receiving = [...new Set(contributesTo.map((g) => g.plan))];
    sections.push({
      key: 'contribution',
      title: receiving.length === 1 ? `Contribution to the ${receiving[0]}` : 'Contribution to other plans',
      sheet: 'Contribution',
      newPage: true,
      landscape: true,
      inDocuments: true,
      intro: [
        `How this plan's actions deliver the priorities of ${receiving.length === 1 ? receiving[0] : 'other plans'}: the links the Commissioner's team has agreed, by priority, with each action's status, RAG and progress this quarter.`,
      ],
      parts: contributesTo.map((g) => ({
        heading: receiving.length === 1 ? g.priority : `${g.plan}: ${g.priority}`,
        text: [summary(g)],
        table: groupTable(g, false),
      })),
      table: flatTable(contributesTo, ''),
    });
  }
  if (deliveredBy.length) {
    sections.push({
      key: 'delivered-through',
      title: 'Delivered through other plans',
      sheet: 'Delivered through',
      newPage: true,
      landscape: true,
      inDocuments: true,
      intro: [
        "Actions of other plans agreed to contribute to this plan's priorities, by priority. Their status, RAG and progress are from their own plan's closed review of this quarter where it has one, and from the live data otherwise.",
      ],
      parts: deliveredBy.map((g) => ({
        heading: g.priority,
        text: [summary(g)],
        table: groupTable(g, true),
      })),
      table: flatTable(deliveredBy, ''),
    });
  }
  return sections;
}
