import {
  SPREADSHEET_PERCENT_CHANGE,
  spreadsheetChange,
  spreadsheetNumber,
} from '@partnership-tracker/domain';
import type { Rag } from '../generated/prisma/enums.js';
import type { Count, ReportModel } from './report-model.js';
import { longDate, plural } from './labels.js';
import { alignmentSections } from './alignment-section.js';
import { evidenceSections } from './evidence-appendix.js';
import { baselineSections } from './baseline-section.js';

/**
 * The report's sections laid out once for every format: the documents (PDF, Word) read the
 * `parts`; the spreadsheets (Excel, CSV) read `table`, one flat table per section, with typed cells.
 */

export type CellKind = 'text' | 'int' | 'percent' | 'date' | 'number';

export interface Cell {
  /** How the cell reads in a document. */
  text: string;
  /** The typed value for a spreadsheet: a number, a 'YYYY-MM-DD' date or text. */
  value: string | number | null;
  kind: CellKind;
  /** A 'number' cell: what Excel stores is value × scale, shown with this number format. */
  number?: { scale: number; format: string };
}

export interface SectionTable {
  headers: string[];
  rows: (Cell | null)[][];
  /** Relative column widths in a document. */
  widths: number[];
  /** What a document says when there are no rows. */
  empty: string;
}

export interface Part {
  heading?: string;
  text?: string[];
  bullets?: string[];
  chart?: { alt: string; rags: Count<Rag>[] };
  caption?: string;
  table?: SectionTable;
}

export interface Section {
  key: string;
  title: string;
  /** An Excel sheet name: 31 characters at most. */
  sheet: string;
  newPage: boolean;
  /** A wide table: on landscape pages in the PDF. */
  landscape?: boolean;
  /** False for a section that only the spreadsheets have (the documents show it elsewhere). */
  inDocuments: boolean;
  intro?: string[];
  bullets?: string[];
  parts: Part[];
  /** The section as one table, for spreadsheets. */
  table: SectionTable;
}

export const progressText = (n: number) => `${n}%`;

export const text = (value: string | null | undefined): Cell | null =>
  value === null || value === undefined ? null : { text: value, value, kind: 'text' };
export const int = (n: number): Cell => ({ text: n.toLocaleString('en-GB'), value: n, kind: 'int' });
const percent = (n: number): Cell => ({ text: progressText(n), value: n, kind: 'percent' });
/** A measured value in its unit: the document's text, and a number with the unit's format. */
const measure = (textValue: string, value: number | null, number: { scale: number; format: string }): Cell =>
  value === null
    ? { text: textValue, value: textValue, kind: 'text' }
    : { text: textValue, value, kind: 'number', number };
export const date = (iso: string | null): Cell | null =>
  iso ? { text: longDate(iso), value: iso, kind: 'date' } : null;

function summaryTable(model: ReportModel): SectionTable {
  const s = model.summary;
  const m = s.movements;
  const rows: (Cell | null)[][] = [
    [text('Actions'), int(s.actionCount)],
    [text('Overall progress'), percent(s.progress)],
    ...s.statuses.map((c) => [text(`Status: ${c.label}`), int(c.count)]),
    ...s.rags.map((c) => [text(`RAG: ${c.label}`), int(c.count)]),
    [text('Overdue actions'), int(s.overdueActions)],
    [text('Overdue milestones'), int(s.overdueMilestones)],
    [text('Exceptions for the Panel'), int(s.exceptions)],
  ];
  if (m) {
    rows.push([text(`Overall progress at ${m.fromQuarter}`), percent(m.progressFrom)]);
    rows.push([text(`Actions completed since ${m.fromQuarter}`), int(m.completed.length)]);
    rows.push([
      text(`Actions that changed RAG since ${m.fromQuarter}`),
      int(m.ragMovements.reduce((n, r) => n + r.count, 0)),
    ]);
  }
  return { headers: ['Measure', 'Value'], rows, widths: [3, 1], empty: '' };
}

function movementsTable(model: ReportModel): SectionTable {
  const m = model.summary.movements;
  const rows: (Cell | null)[][] = [];
  if (m) {
    for (const r of m.ragMovements)
      rows.push([text(`RAG ${r.from} to ${r.to}`), text(r.actions), int(r.count), null]);
    for (const a of m.completed) rows.push([text('Completed'), text(a), int(1), null]);
    for (const a of m.added) rows.push([text('Added'), text(a), int(1), null]);
    for (const a of m.deferred) rows.push([text('Deferred'), text(a), int(1), null]);
    for (const s of m.slippedMilestones)
      rows.push([
        text('Milestone moved later'),
        text(`${s.action}: ${s.milestone}`),
        int(s.days),
        text(`${longDate(s.fromDue)} to ${longDate(s.toDue)} (${plural(s.days, 'day')})`),
      ]);
  }
  return {
    headers: ['Change', 'Actions', 'Count or days', 'Detail'],
    rows,
    widths: [4, 9, 2.5, 5],
    empty: m ? `No movements since ${m.fromQuarter}.` : 'There is no earlier closed quarter to compare with.',
  };
}

const ragTable = (rags: Count<Rag>[]): SectionTable => ({
  headers: ['RAG status', 'Actions'],
  rows: rags.map((r) => [text(r.label), int(r.count)]),
  widths: [3, 1],
  empty: '',
});

function exceptionsTable(model: ReportModel): SectionTable {
  return {
    headers: [
      'No.',
      'Ref',
      'Action',
      'Lead partner',
      'Status',
      'RAG',
      'Progress',
      'Why it is an exception',
      'Latest commentary',
      'Review decision',
      'Review thread',
    ],
    rows: model.exceptions.map((e) => [
      int(e.position),
      text(e.ref),
      text(e.title),
      text(e.lead),
      text(e.status),
      text(e.rag),
      percent(e.progress),
      text(e.reasons.join('; ')),
      text(e.commentary),
      text(e.decision),
      text(e.thread.map((t) => `${t.kind} by ${t.by} on ${longDate(t.on)}: ${t.text}`).join('\n')),
    ]),
    widths: [1, 1, 4, 3, 2, 2, 2, 3, 6, 3, 6],
    empty: 'No actions are exceptions this quarter.',
  };
}

function milestonesTable(model: ReportModel): SectionTable {
  return {
    headers: ['Ref', 'Action', 'Milestone', 'Due', 'Lead partner', 'Status'],
    rows: model.milestonesDue.items.map((m) => [
      text(m.ref),
      text(m.action),
      text(m.title),
      date(m.dueDate),
      text(m.lead),
      text(m.status),
    ]),
    widths: [1.2, 5, 5, 3, 4, 1.5],
    empty: `No milestones are due in ${model.milestonesDue.quarter}.`,
  };
}

function followUpsTable(model: ReportModel): SectionTable {
  return {
    headers: ['Ref', 'Action', 'Follow-up', 'Owner', 'Due', 'Status'],
    rows: model.followUps.map((f) => [
      text(f.ref),
      text(f.action),
      text(f.description),
      text(f.owner),
      date(f.dueOn),
      text(f.status),
    ]),
    widths: [1.2, 4, 6, 4, 3, 1.5],
    empty: 'There are no open follow-ups.',
  };
}

function indicatorsTable(model: ReportModel, { spreadsheet = false } = {}): SectionTable {
  const table: SectionTable = {
    headers: [
      'Indicator',
      'Baseline period',
      'Baseline',
      'Target',
      'Latest period',
      'Latest value',
      'Change from baseline',
      'Change %',
      'Against target',
      'Trend',
      'Unit',
    ],
    // Numbers are numbers in a spreadsheet, each with its unit's format; the documents read the text.
    rows: model.indicators.map((i) => [
      text(i.name),
      text(i.baselineLabel),
      measure(i.baseline, i.baselineValue, spreadsheetNumber(i.unit)),
      i.target === null ? text('No target') : measure(i.target, i.targetValue, spreadsheetNumber(i.unit)),
      text(i.latestPeriod ?? 'No value yet'),
      i.latestValue === null
        ? null
        : measure(i.latest ?? String(i.latestValue), i.latestValue, spreadsheetNumber(i.unit)),
      i.change === null ? null : measure(i.change, i.changeValue, spreadsheetChange(i.unit)),
      i.changePercent === null
        ? null
        : measure(i.changePercent, i.changePercentValue, SPREADSHEET_PERCENT_CHANGE),
      text(i.status ?? 'No target'),
      text(i.trend ?? 'Too few values'),
      text(spreadsheetNumber(i.unit).unitWords),
    ]),
    widths: [6, 3, 2.5, 2.5, 3, 2.5, 2.5, 2, 2.5, 2.5, 2],
    empty: 'No indicators are linked to this plan.',
  };
  // The unit in words: a spreadsheet's formats show it, a CSV file has only this column. A
  // document's texts carry their units already.
  if (spreadsheet) return table;
  return {
    ...table,
    headers: table.headers.slice(0, -1),
    rows: table.rows.map((r) => r.slice(0, -1)),
    widths: table.widths.slice(0, -1),
  };
}

function actionsTable(model: ReportModel): SectionTable {
  return {
    headers: [
      'Ref',
      'Priority',
      'Action',
      'Lead partner',
      'Status',
      'RAG',
      'Progress',
      'Start',
      'Due',
      'Last update',
    ],
    rows: model.actions.map((a) => [
      text(a.ref),
      int(a.priorityNumber),
      text(a.title),
      text(a.lead),
      text(a.status),
      text(a.rag),
      percent(a.progress),
      date(a.startDate),
      date(a.dueDate),
      date(a.latestUpdateOn),
    ]),
    widths: [1.2, 1.7, 5.6, 4, 2.2, 1.6, 1.8, 2.4, 2.4, 2.4],
    empty: 'The plan has no actions.',
  };
}

export function sectionTables(model: ReportModel): Section[] {
  const s = model.summary;
  const m = s.movements;
  const movements = movementsTable(model);
  const statusTable: SectionTable = {
    headers: ['Status', 'Actions'],
    rows: s.statuses.map((c) => [text(c.label), int(c.count)]),
    widths: [3, 1],
    empty: '',
  };
  return [
    {
      key: 'summary',
      title: 'Executive summary',
      sheet: 'Summary',
      newPage: true,
      inDocuments: true,
      intro: [
        `${plural(s.actionCount, 'action')}, ${progressText(s.progress)} delivered overall (weighted by each action's share).`,
        `${plural(s.exceptions, 'action')} ${s.exceptions === 1 ? 'is an exception' : 'are exceptions'} for the Panel; ${plural(s.overdueActions, 'action')} and ${plural(s.overdueMilestones, 'milestone')} overdue.`,
      ],
      parts: [
        { caption: 'Actions by status', table: statusTable },
        { caption: 'Actions by RAG status', table: ragTable(s.rags) },
        {
          heading: m ? `Movements since ${m.fromQuarter}` : 'Movements since the last quarter',
          text: m
            ? [
                `Overall progress moved from ${progressText(m.progressFrom)} to ${progressText(m.progressTo)}.`,
              ]
            : [],
          table: movements,
        },
      ],
      table: summaryTable(model),
    },
    {
      key: 'movements',
      title: 'Movements since the last quarter',
      sheet: 'Movements',
      newPage: false,
      inDocuments: false,
      parts: [],
      table: movements,
    },
    {
      key: 'priorities',
      title: 'Progress by priority',
      sheet: 'Priorities',
      newPage: true,
      inDocuments: true,
      parts: model.priorities.map((p) => ({
        heading: `Priority ${p.number}: ${p.title}`,
        text: [`${plural(p.actionCount, 'action')}, ${progressText(p.progress)} delivered.`],
        chart: { alt: p.chartAlt, rags: p.rags },
        caption: `RAG status of priority ${p.number}'s actions (the chart's data)`,
        table: ragTable(p.rags),
      })),
      table: {
        headers: ['Priority', 'Title', 'Actions', 'Progress', 'Red', 'Amber', 'Green'],
        rows: model.priorities.map((p) => [
          int(p.number),
          text(p.title),
          int(p.actionCount),
          percent(p.progress),
          ...p.rags.map((r) => int(r.count)),
        ]),
        widths: [1, 6, 1, 1, 1, 1, 1],
        empty: 'The plan has no priorities.',
      },
    },
    {
      key: 'exceptions',
      title: 'Exceptions',
      sheet: 'Exceptions',
      newPage: true,
      inDocuments: true,
      intro: [
        model.exceptions.length
          ? 'Actions that need the Panel’s attention, in the order of the review meeting’s agenda, with the lead partner’s latest commentary and the review’s decisions.'
          : 'No actions are exceptions this quarter.',
      ],
      parts: model.exceptions.map((e) => ({
        // The action's own reference names it; its place on the agenda is said in words, so the
        // heading never reads as two numbers ("1. 1.7").
        heading: `Action ${e.ref}: ${e.title}`,
        text: [
          `Agenda item ${e.position} of ${model.exceptions.length}.`,
          `Why: ${e.reasons.join('; ')}.`,
          `Lead partner: ${e.lead}. Status: ${e.status}. RAG: ${e.rag}. Progress: ${progressText(e.progress)}.`,
          `Latest commentary: ${e.commentary ?? 'None given.'}`,
          `Review decision: ${e.decision ?? 'None recorded.'}`,
        ],
        bullets: e.thread.map((t) => `${t.kind} by ${t.by} on ${longDate(t.on)}: ${t.text}`),
      })),
      table: exceptionsTable(model),
    },
    ...baselineSections(model.baseline),
    {
      key: 'milestones',
      title: `Milestones due in ${model.milestonesDue.quarter}`,
      sheet: 'Milestones due',
      newPage: false,
      inDocuments: true,
      parts: [{ table: milestonesTable(model) }],
      table: milestonesTable(model),
    },
    {
      key: 'follow-ups',
      title: 'Open follow-ups',
      sheet: 'Follow-ups',
      newPage: false,
      inDocuments: true,
      parts: [{ table: followUpsTable(model) }],
      table: followUpsTable(model),
    },
    {
      key: 'indicators',
      title: 'Performance indicators',
      sheet: 'Indicators',
      newPage: true,
      landscape: true,
      inDocuments: true,
      intro: [
        'Each indicator’s latest value against its baseline and target, with the trend of the last four periods.',
      ],
      parts: [{ table: indicatorsTable(model) }],
      table: indicatorsTable(model, { spreadsheet: true }),
    },
    ...alignmentSections(model),
    {
      key: 'actions',
      title: 'Appendix: every action',
      sheet: 'Actions',
      newPage: true,
      landscape: true,
      inDocuments: true,
      parts: [{ table: actionsTable(model) }],
      table: actionsTable(model),
    },
    ...evidenceSections(model),
  ];
}

/** The cover's facts, as a table for spreadsheets. */
export function coverTable(model: ReportModel): SectionTable {
  return {
    headers: ['Report', 'Value'],
    rows: [
      [text('Title'), text(model.title)],
      [text('Plan'), text(model.planTitle)],
      [text('Owner'), text(model.owner)],
      [text('Quarter'), text(model.quarter)],
      [text('Status'), text(model.draft ? 'Draft (live data)' : 'Final (closed quarter)')],
      [text('Data as at'), { text: longDate(model.asAt), value: model.asAt.slice(0, 10), kind: 'date' }],
      [text('Source'), text(model.source)],
    ],
    widths: [1, 4],
    empty: '',
  };
}
