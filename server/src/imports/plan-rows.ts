import type { ActionStatus, PartnerKind } from '../generated/prisma/enums.js';
import { ACTION_REF_PATTERN, compareRefs } from '../actions/action-ref.js';
import {
  findPersonalDataInTexts,
  LIMITS,
  progressForStatus,
  publicTextsOf,
  textLengthProblem,
  textProblem,
  tidyText,
  type PersonalDataKind,
  type TextLimit,
} from '@partnership-tracker/domain';
import {
  EXAMPLE_PREFIX,
  PLAN_COLUMNS,
  STATUS_WORDS,
  type Cell,
  type ColumnKey,
  type Sheet,
} from './plan-sheet.js';
import type { PriorityRef } from '@partnership-tracker/domain';
import {
  decideContributions,
  readContributionsCell,
  type ContributionTarget,
  type ExistingContribution,
} from './plan-contributions.js';

/** Whether an Action cell is one of the templates' examples. */
export const isExampleRow = (title: Cell | undefined) =>
  typeof title === 'string' && title.trim().toLowerCase().startsWith(EXAMPLE_PREFIX.toLowerCase());

// Checking a plan spreadsheet, and working out what importing it would change. Pure functions:
// the service loads the plan, calls these, and writes what they decide.

export interface ImportProblem {
  /** The spreadsheet's row number; null for the file as a whole. */
  row: number | null;
  /** The column's header, like "Due date"; null for the whole row or file. */
  column: string | null;
  message: string;
}

export interface MilestoneCell {
  dueDate: Date;
  title: string;
}

/** One row, checked on its own. A field left blank is undefined: it keeps what the action has. */
export interface RowAction {
  row: number;
  priority: { number: number; title: string | null };
  ref: string;
  title: string;
  description?: string;
  lead: string;
  supporters?: string[];
  startDate?: Date;
  dueDate?: Date;
  milestones?: MilestoneCell[];
  status?: ActionStatus;
  publicSummary?: string;
  /** Priorities of other plans it contributes to (plan-contributions.ts). */
  contributesTo?: PriorityRef[];
}

/**
 * What a row with problems of its own still says about the plan and the directory: checked
 * against them as well, so one pass lists every problem of every row (a bad date does not hide
 * an unknown partner). Null where the cell itself was the problem.
 */
export interface RowReferences {
  row: number;
  priority: { number: number; title: string | null } | null;
  ref: string | null;
  lead: string | null;
  supporters: string[];
}

/** The most rows one file may have. */
export const MAX_ROWS = 5000;

const HEADER_OF = Object.fromEntries(PLAN_COLUMNS.map((c) => [c.key, c.header])) as Record<ColumnKey, string>;
const DATE_EXAMPLE = 'Enter a real date, like 31/03/2026';
const count = (n: number) => n.toLocaleString('en-GB');

/** Lower case, single spaces, trimmed: how partner names and headers are compared. */
export const normaliseName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

const STATUS_BY_WORD = new Map<string, ActionStatus>(
  Object.entries(STATUS_WORDS).flatMap(([status, word]) => [
    [normaliseName(word), status as ActionStatus],
    [status.toLowerCase(), status as ActionStatus],
  ]),
);

function realDate(year: number, month: number, day: number): Date | null {
  if (year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : null;
}

/** 31/03/2026, 31/3/2026 or 2026-03-31, as a date at UTC midnight; null when not a real date. */
export function parseDate(text: string): Date | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return realDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return realDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

// Excel counts days from 30 December 1899: a date cell without a date format reads as that number.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date cell: spreadsheets give dates as dates at midnight; typed text is parsed. */
function dateOf(cell: Cell): Date | null {
  if (typeof cell === 'string' && /^\d{5}$/.test(cell.trim())) {
    const serial = new Date(EXCEL_EPOCH + Number(cell.trim()) * 86_400_000);
    return realDate(serial.getUTCFullYear(), serial.getUTCMonth() + 1, serial.getUTCDate());
  }
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    // Spreadsheet dates have no zone; exceljs reads them as UTC. Keep the calendar day.
    return realDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  return cell === null ? null : parseDate(cell);
}

/** "31 March 2026", for people reading the preview. */
export function dateWords(date: Date | null | undefined): string | null {
  if (!date) return null;
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const text = (cell: Cell | undefined): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell.trim();
};

/** "2025-03-31 Pilot launched; 2025-09-30 Evaluation published" into milestones, or a problem. */
export function parseMilestones(value: string): { milestones: MilestoneCell[] } | { problem: string } {
  const parts = value
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const milestones: MilestoneCell[] = [];
  const seen = new Set<string>();
  for (const [i, part] of parts.entries()) {
    const m = /^(\S+)\s+(.+)$/.exec(part);
    const which = parts.length > 1 ? `Milestone ${i + 1} ("${part}")` : `The milestone "${part}"`;
    if (!m) {
      return {
        problem: `${which} needs a date then a title, like 2025-03-31 Pilot launched. Separate milestones with semicolons`,
      };
    }
    const dueDate = parseDate(m[1]!);
    if (!dueDate) {
      return {
        problem: `${which} does not start with a real date. Write it like 2025-03-31 Pilot launched`,
      };
    }
    const title = m[2]!.trim();
    const tooLongOrShort = textLengthProblem(title, LIMITS.milestone.title);
    if (tooLongOrShort) return { problem: `${which}: ${tooLongOrShort}` };
    if (seen.has(normaliseName(title))) {
      return { problem: `Two milestones are called "${title}". Give each milestone its own title` };
    }
    seen.add(normaliseName(title));
    milestones.push({ dueDate, title });
  }
  return { milestones };
}

function column(header: string[], key: ColumnKey): number {
  const wanted = normaliseName(HEADER_OF[key]);
  return header.findIndex((h) => normaliseName(h) === wanted);
}

/**
 * Checks every row on its own (and references across rows), without the database. Reports
 * every problem, by row and column. Yields to the event loop every `chunk` rows, reporting
 * progress, so a large file neither blocks the server nor leaves the user without news.
 */
export async function checkRows(
  sheet: Sheet,
  onProgress: (done: number, total: number) => void = () => undefined,
  chunk = 200,
): Promise<{
  problems: ImportProblem[];
  rows: RowAction[];
  incomplete: RowReferences[];
  examples: number[];
}> {
  const problems: ImportProblem[] = [];
  const missing = PLAN_COLUMNS.filter((c) => c.required && column(sheet.header, c.key) < 0);
  if (sheet.header.length === 0) {
    return {
      problems: [
        {
          row: null,
          column: null,
          message: 'The file is empty. Use the template and add a row for each action',
        },
      ],
      rows: [],
      incomplete: [],
      examples: [],
    };
  }
  if (missing.length) {
    return {
      problems: missing.map((c) => ({
        row: 1,
        column: c.header,
        message: `The header row has no ${c.header} column. Use the header row of the template`,
      })),
      rows: [],
      incomplete: [],
      examples: [],
    };
  }
  if (sheet.rows.length === 0) {
    return {
      problems: [
        {
          row: null,
          column: null,
          message: 'The file has no actions. Add a row for each action below the header row',
        },
      ],
      rows: [],
      incomplete: [],
      examples: [],
    };
  }
  if (sheet.rows.length > MAX_ROWS) {
    return {
      problems: [
        {
          row: null,
          column: null,
          message: `The file has ${count(sheet.rows.length)} rows. Import at most ${count(MAX_ROWS)} at a time`,
        },
      ],
      rows: [],
      incomplete: [],
      examples: [],
    };
  }
  const at = Object.fromEntries(PLAN_COLUMNS.map((c) => [c.key, column(sheet.header, c.key)])) as Record<
    ColumnKey,
    number
  >;
  const rows: RowAction[] = [];
  const incomplete: RowReferences[] = [];
  const examples: number[] = [];
  const refRows = new Map<string, number>();

  for (const [index, sheetRow] of sheet.rows.entries()) {
    if (index > 0 && index % chunk === 0) {
      onProgress(index, sheet.rows.length);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const row = sheetRow.row;
    const cell = (key: ColumnKey) => (at[key] < 0 ? null : (sheetRow.cells[at[key]] ?? null));
    // The template's examples are left out, never imported over a real action.
    if (isExampleRow(cell('title'))) {
      examples.push(row);
      continue;
    }
    const rowProblems: ImportProblem[] = [];
    const problem = (key: ColumnKey, message: string) =>
      rowProblems.push({ row, column: HEADER_OF[key], message });
    // The API's limits and messages, so a file and a form are told the same.
    const textOf = (key: ColumnKey, limit: TextLimit): string | undefined => {
      const value = tidyText(text(cell(key)), limit);
      if (value === '') return undefined;
      const broken = textProblem(value);
      const tooLongOrShort = textLengthProblem(value, limit);
      if (broken) problem(key, broken);
      else if (tooLongOrShort) problem(key, tooLongOrShort);
      return value;
    };

    // Priority: "1", or "4. Road safety" to name a priority the import may add.
    const priorityText = text(cell('priority'));
    let priority: RowAction['priority'] | null = null;
    const pm = /^(\d{1,2})(?:\s*[.):-]?\s*(.*))?$/s.exec(priorityText);
    if (priorityText === '') problem('priority', 'Enter the priority number, like 1');
    else if (!pm || Number(pm[1]) < 1) {
      problem(
        'priority',
        'Priority must be a number from 1 to 99, like 1, or a number and title, like 4. Road safety',
      );
    } else {
      const title = pm[2]?.trim() || null;
      const tooLongOrShort = title && textLengthProblem(title, LIMITS.priority.title);
      if (tooLongOrShort) {
        problem('priority', `Priority t${tooLongOrShort.slice(1)}`);
      } else priority = { number: Number(pm[1]), title };
    }

    const ref = text(cell('ref'));
    let refOk = false;
    if (ref === '') problem('ref', 'Enter a reference, like 1.3');
    else if (!ACTION_REF_PATTERN.test(ref))
      problem('ref', 'Reference must be numbers separated by dots, like 1.3');
    else if (refRows.has(ref)) problem('ref', `Reference ${ref} is already used in row ${refRows.get(ref)}`);
    else {
      refRows.set(ref, row);
      refOk = true;
    }

    const title = textOf('title', LIMITS.action.title);
    if (title === undefined) problem('title', 'Enter the action');
    const description = textOf('description', LIMITS.action.description);

    const lead = text(cell('lead')).replace(/\s+/g, ' ');
    const leadOk = lead !== '' && !lead.includes(';');
    if (lead === '') problem('lead', 'Enter the lead partner');
    else if (lead.includes(';'))
      problem('lead', 'Enter one lead partner. Put other partners under Supporting partners');

    const supportersText = text(cell('supporters'));
    let supporters: string[] | undefined;
    if (supportersText !== '') {
      const names = supportersText
        .split(';')
        .map((n) => n.trim().replace(/\s+/g, ' '))
        .filter((n) => n !== '');
      // The first spelling of a name counts; the lead is never also a supporter.
      const byName = new Map<string, string>();
      for (const n of names) if (!byName.has(normaliseName(n))) byName.set(normaliseName(n), n);
      supporters = [...byName.values()].filter((n) => normaliseName(n) !== normaliseName(lead));
      if (supporters.length > 30) problem('supporters', 'An action can have at most 30 supporting partners');
    }

    const dateCell = (key: 'startDate' | 'dueDate'): Date | undefined => {
      const value = cell(key);
      if (value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
      const date = dateOf(value);
      if (!date) problem(key, DATE_EXAMPLE);
      return date ?? undefined;
    };
    const startDate = dateCell('startDate');
    const dueDate = dateCell('dueDate');
    if (startDate && dueDate && dueDate < startDate) {
      problem('dueDate', 'The due date must be the same as or after the start date');
    }

    let milestones: MilestoneCell[] | undefined;
    const milestonesText = text(cell('milestones'));
    if (milestonesText !== '') {
      const parsed = parseMilestones(milestonesText);
      if ('problem' in parsed) problem('milestones', parsed.problem);
      else milestones = parsed.milestones;
    }

    const statusText = text(cell('status'));
    let status: ActionStatus | undefined;
    if (statusText !== '') {
      status =
        STATUS_BY_WORD.get(normaliseName(statusText).replace(/_/g, ' ')) ??
        STATUS_BY_WORD.get(statusText.toLowerCase());
      if (!status) {
        problem('status', `Status must be one of: ${Object.values(STATUS_WORDS).join(', ')}`);
      }
    }

    const publicSummary = textOf('publicSummary', LIMITS.action.publicSummary);

    let contributesTo: PriorityRef[] | undefined;
    const contributionsText = text(cell('contributions'));
    if (contributionsText !== '') {
      const read = readContributionsCell(contributionsText);
      if ('problem' in read) problem('contributions', read.problem);
      else contributesTo = read.refs;
    }

    problems.push(...rowProblems);
    if (rowProblems.length > 0) {
      incomplete.push({
        row,
        priority,
        ref: refOk ? ref : null,
        lead: leadOk ? lead : null,
        supporters: supporters && supporters.length <= 30 ? supporters : [],
      });
    } else {
      rows.push({
        row,
        priority: priority!,
        ref,
        title: title!,
        description,
        lead,
        supporters,
        startDate,
        dueDate,
        milestones,
        status,
        publicSummary,
        contributesTo,
      });
    }
  }
  onProgress(sheet.rows.length, sheet.rows.length);
  if (rows.length === 0 && problems.length === 0 && examples.length > 0) {
    problems.push({
      row: null,
      column: null,
      message: `The file only has the template’s example rows. Add a row for each of your actions; rows whose Action starts with "${EXAMPLE_PREFIX}" are left out`,
    });
  }
  return { problems, rows, incomplete, examples };
}

// ---------------------------------------------------------------------------------------------
// Against the plan

export interface ExistingMilestone {
  id: string;
  title: string;
  dueDate: Date;
}

export interface ExistingAction {
  id: string;
  ref: string;
  priorityId: string;
  title: string;
  description: string | null;
  leadPartnerId: string;
  supporterIds: string[];
  startDate: Date | null;
  dueDate: Date | null;
  status: ActionStatus;
  progress: number;
  publicSummary: string | null;
  published: boolean;
  version: number;
  archivedAt: Date | null;
  milestones: ExistingMilestone[];
  /** Its links to other plans' priorities; absent where the caller did not load them. */
  contributions?: ExistingContribution[];
}

export interface PlanContext {
  priorities: { id: string; number: number; title: string; archivedAt: Date | null }[];
  partners: { id: string; name: string; archivedAt: Date | null }[];
  actions: ExistingAction[];
  /** The plan's id and every priority of every plan, for the Contributes to column. */
  planId?: string;
  contributionTargets?: ContributionTarget[];
}

export interface NewPartner {
  name: string;
  kind: PartnerKind;
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface MilestoneChange {
  title: string;
  change: 'ADDED' | 'CHANGED';
  before: string | null;
  after: string;
}

/** One action in the preview or the result. */
export interface ImportedAction {
  row: number | null;
  ref: string;
  title: string;
  actionId: string | null;
  /** Whether the action is on the public page and in open data: new ones are, by default. */
  published: boolean;
  fields: FieldChange[];
  milestones: MilestoneChange[];
}

/** Text the import would publish that looks like personal data, by row and column. */
export interface ImportPersonalData {
  row: number;
  column: string;
  kind: PersonalDataKind;
  text: string;
}

/** What the import would change (READY) or changed (DONE). Stored as ImportRun.changes. */
export interface ImportChanges {
  created: ImportedAction[];
  updated: ImportedAction[];
  unchanged: ImportedAction[];
  /** In the plan, not in the file: left as they are. */
  notInFile: ImportedAction[];
  prioritiesCreated: { number: number; title: string }[];
  partnersCreated: NewPartner[];
  /** Published text that looks like personal data: importing it needs the writer's confirmation. */
  personalData?: ImportPersonalData[];
  /** Rows left out because they are the template's examples. */
  examples?: number[];
}

export interface UnknownPartner {
  name: string;
  rows: number[];
}

/** The values an action gets from its row. Partners are named: new ones get ids in the transaction. */
export interface ActionValues {
  priorityNumber: number;
  ref: string;
  title: string;
  description: string | null;
  lead: string;
  supporters: string[];
  startDate: Date | null;
  dueDate: Date | null;
  status: ActionStatus;
  progress: number;
  publicSummary: string | null;
}

export interface ActionWrite {
  row: number;
  /** Null for a new action. */
  existing: ExistingAction | null;
  values: ActionValues;
  /** Whether the supporters change (always true for a new action with any). */
  supportersChanged: boolean;
  milestonesToAdd: MilestoneCell[];
  milestonesToMove: { id: string; title: string; before: Date; dueDate: Date }[];
  /** Priorities of other plans to link the action to, agreed. */
  contributionsToAdd: ContributionTarget[];
  /** The Contributes to cell's change in words, for the preview. */
  contributionsChange: { before: string | null; after: string | null } | null;
  changed: boolean;
}

export interface ImportDecision {
  problems: ImportProblem[];
  unknownPartners: UnknownPartner[];
  prioritiesToCreate: { number: number; title: string }[];
  partnersToCreate: NewPartner[];
  writes: ActionWrite[];
  changes: ImportChanges;
}

const sameDate = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * Matches the checked rows against the plan: priorities, partners, actions by reference and
 * their milestones by title. Partner names not in the directory are offered for creation; those
 * in `createPartners` are created, the others are problems once `partnersDecided` is true.
 */
export function decideImport(
  rows: RowAction[],
  plan: PlanContext,
  options: {
    createPartners?: NewPartner[];
    partnersDecided?: boolean;
    /** Rows with problems of their own: checked against the plan too, never written. */
    incomplete?: RowReferences[];
  } = {},
): ImportDecision {
  const problems: ImportProblem[] = [];
  const problem = (row: number, key: ColumnKey | null, message: string) =>
    problems.push({ row, column: key ? HEADER_OF[key] : null, message });

  const partnersByName = new Map(plan.partners.map((p) => [normaliseName(p.name), p]));
  const partnerName = new Map(plan.partners.map((p) => [p.id, p.name]));
  const toCreate = new Map((options.createPartners ?? []).map((p) => [normaliseName(p.name), p]));
  const unknown = new Map<string, UnknownPartner>();
  const partnerOk = (row: number, key: 'lead' | 'supporters', name: string) => {
    const found = partnersByName.get(normaliseName(name));
    if (found?.archivedAt) {
      problem(row, key, `${found.name} is archived. Restore the partner first, or choose another`);
      return false;
    }
    if (found) return true;
    const seen = unknown.get(normaliseName(name)) ?? { name, rows: [] };
    if (!seen.rows.includes(row)) seen.rows.push(row);
    unknown.set(normaliseName(name), seen);
    if (name.length < 2 || name.length > 200) {
      problem(
        row,
        key,
        `${name} is not in the partner directory, and a new partner's name must be 2 to 200 characters`,
      );
      return false;
    }
    if (options.partnersDecided && !toCreate.has(normaliseName(name))) {
      problem(
        row,
        key,
        `${name} is not in the partner directory. Tick it to add it, or correct the name in the file`,
      );
      return false;
    }
    return true;
  };

  const priorities = new Map(plan.priorities.map((p) => [p.number, p]));
  const prioritiesToCreate = new Map<number, { number: number; title: string; row: number }>();
  const actionsByRef = new Map(plan.actions.map((a) => [a.ref, a]));
  const priorityNumberOf = new Map(plan.priorities.map((p) => [p.id, p.number]));

  /** The row's references to the plan and the directory: its priority, reference and partners. */
  const referencesOk = (r: RowReferences): boolean => {
    let ok = true;
    const existingPriority = r.priority && priorities.get(r.priority.number);
    if (existingPriority?.archivedAt) {
      problem(r.row, 'priority', `Priority ${existingPriority.number} is archived. Use another priority`);
      ok = false;
    } else if (r.priority && !existingPriority) {
      const planned = prioritiesToCreate.get(r.priority.number);
      if (r.priority.title && planned && normaliseName(planned.title) !== normaliseName(r.priority.title)) {
        problem(
          r.row,
          'priority',
          `Priority ${r.priority.number} is called "${planned.title}" in row ${planned.row}. Use the same title`,
        );
        ok = false;
      } else if (r.priority.title && !planned) {
        prioritiesToCreate.set(r.priority.number, {
          number: r.priority.number,
          title: r.priority.title,
          row: r.row,
        });
      } else if (!planned) {
        problem(
          r.row,
          'priority',
          `Priority ${r.priority.number} is not in this plan. To add it, write its number and title, like ${r.priority.number}. Road safety`,
        );
        ok = false;
      }
    }
    const existing = (r.ref && actionsByRef.get(r.ref)) || null;
    if (existing?.archivedAt) {
      problem(r.row, 'ref', `Reference ${r.ref} belongs to an archived action. Use another reference`);
      ok = false;
    }
    if (r.lead !== null) ok = partnerOk(r.row, 'lead', r.lead) && ok;
    for (const name of r.supporters) ok = partnerOk(r.row, 'supporters', name) && ok;
    return ok;
  };
  for (const r of options.incomplete ?? []) referencesOk(r);

  const writes: ActionWrite[] = [];
  for (const r of rows) {
    let ok = referencesOk({ ...r, supporters: r.supporters ?? [] });
    const existing = actionsByRef.get(r.ref) ?? null;

    const startDate = r.startDate ?? existing?.startDate ?? null;
    const dueDate = r.dueDate ?? existing?.dueDate ?? null;
    if (startDate && dueDate && dueDate < startDate && !(r.startDate && r.dueDate)) {
      // Both in the file was checked with the row; here one of them is the action's current date.
      problem(
        r.row,
        r.dueDate ? 'dueDate' : 'startDate',
        r.dueDate
          ? `The due date must be the same as or after the start date (${dateWords(startDate)})`
          : `The start date must be the same as or before the due date (${dateWords(dueDate)})`,
      );
      ok = false;
    }
    const contributions = r.contributesTo
      ? decideContributions(
          r.contributesTo,
          plan.planId ?? '',
          plan.contributionTargets ?? [],
          existing?.contributions ?? [],
        )
      : null;
    for (const message of contributions?.problems ?? []) {
      problem(r.row, 'contributions', message);
      ok = false;
    }
    if (!ok) continue;

    const status = r.status ?? existing?.status ?? 'NOT_STARTED';
    // A completed action is 100% done, as when it is completed on its page.
    const progress = progressForStatus(status, undefined).progress ?? existing?.progress ?? 0;
    const canonical = (name: string) =>
      partnersByName.get(normaliseName(name))?.name ?? toCreate.get(normaliseName(name))?.name ?? name;
    const values: ActionValues = {
      priorityNumber: r.priority.number,
      ref: r.ref,
      title: r.title,
      description: r.description ?? existing?.description ?? null,
      lead: canonical(r.lead),
      // The lead is never also a supporter, as on the action's page.
      supporters: (r.supporters
        ? r.supporters.map(canonical)
        : (existing?.supporterIds.map((id) => partnerName.get(id)!) ?? [])
      ).filter((name) => normaliseName(name) !== normaliseName(r.lead)),
      startDate,
      dueDate,
      status,
      progress,
      publicSummary: r.publicSummary ?? existing?.publicSummary ?? null,
    };
    const milestonesToAdd: MilestoneCell[] = [];
    const milestonesToMove: ActionWrite['milestonesToMove'] = [];
    for (const m of r.milestones ?? []) {
      const match = existing?.milestones.find((e) => normaliseName(e.title) === normaliseName(m.title));
      if (!match) milestonesToAdd.push(m);
      else if (!sameDate(match.dueDate, m.dueDate)) {
        milestonesToMove.push({
          id: match.id,
          title: match.title,
          before: match.dueDate,
          dueDate: m.dueDate,
        });
      }
    }
    const beforeSupporters = existing ? existing.supporterIds.map((id) => partnerName.get(id)!) : [];
    const supportersChanged =
      !existing ||
      [...beforeSupporters].map(normaliseName).sort().join('\n') !==
        [...values.supporters].map(normaliseName).sort().join('\n');
    writes.push({
      row: r.row,
      existing,
      values,
      supportersChanged: existing ? supportersChanged : values.supporters.length > 0,
      milestonesToAdd,
      milestonesToMove,
      contributionsToAdd: contributions?.toAdd ?? [],
      contributionsChange: contributions && contributions.toAdd.length ? contributions : null,
      changed: true,
    });
  }

  // What changes, in words, for the preview.
  const changes: ImportChanges = {
    created: [],
    updated: [],
    unchanged: [],
    notInFile: [],
    prioritiesCreated: [...prioritiesToCreate.values()].map(({ number, title }) => ({ number, title })),
    partnersCreated: [],
  };
  const milestoneChanges = (w: ActionWrite): MilestoneChange[] => [
    ...w.milestonesToAdd.map((m) => ({
      title: m.title,
      change: 'ADDED' as const,
      before: null,
      after: dateWords(m.dueDate)!,
    })),
    ...w.milestonesToMove.map((m) => ({
      title: m.title,
      change: 'CHANGED' as const,
      before: dateWords(m.before),
      after: dateWords(m.dueDate)!,
    })),
  ];
  for (const w of writes) {
    const v = w.values;
    const entry: ImportedAction = {
      row: w.row,
      ref: v.ref,
      title: v.title,
      actionId: w.existing?.id ?? null,
      published: w.existing?.published ?? true,
      fields: [],
      milestones: milestoneChanges(w),
    };
    if (!w.existing) {
      changes.created.push(entry);
      continue;
    }
    const e = w.existing;
    const field = (name: string, before: string | null, after: string | null) => {
      if ((before ?? '') !== (after ?? '')) entry.fields.push({ field: name, before, after });
    };
    field('Priority', String(priorityNumberOf.get(e.priorityId)), String(v.priorityNumber));
    field('Action', e.title, v.title);
    field('Description', e.description, v.description);
    field('Lead partner', partnerName.get(e.leadPartnerId) ?? null, v.lead);
    if (w.supportersChanged) {
      field(
        'Supporting partners',
        e.supporterIds
          .map((id) => partnerName.get(id)!)
          .sort()
          .join('; ') || null,
        [...v.supporters].sort().join('; ') || null,
      );
    }
    field('Start date', dateWords(e.startDate), dateWords(v.startDate));
    field('Due date', dateWords(e.dueDate), dateWords(v.dueDate));
    field('Status', STATUS_WORDS[e.status], STATUS_WORDS[v.status]);
    field('Progress', `${e.progress}%`, `${v.progress}%`);
    field('Public summary', e.publicSummary, v.publicSummary);
    if (w.contributionsChange) {
      field('Contributes to', w.contributionsChange.before, w.contributionsChange.after);
    }
    w.changed = entry.fields.length > 0 || entry.milestones.length > 0;
    (w.changed ? changes.updated : changes.unchanged).push(entry);
  }
  const inFile = new Set(rows.map((r) => r.ref));
  changes.notInFile = plan.actions
    .filter((a) => !a.archivedAt && !inFile.has(a.ref))
    .sort((a, b) => compareRefs(a.ref, b.ref))
    .map((a) => ({
      row: null,
      ref: a.ref,
      title: a.title,
      actionId: a.id,
      published: a.published,
      fields: [],
      milestones: [],
    }));

  const unknownPartners = [...unknown.values()];
  const partnersToCreate = unknownPartners.flatMap((u) => {
    const chosen = toCreate.get(normaliseName(u.name));
    return chosen ? [{ name: u.name.trim().replace(/\s+/g, ' '), kind: chosen.kind }] : [];
  });
  if (options.partnersDecided) {
    for (const p of options.createPartners ?? []) {
      if (!unknown.has(normaliseName(p.name))) {
        problems.push({
          row: null,
          column: null,
          message: partnersByName.has(normaliseName(p.name))
            ? `${p.name} is already in the partner directory`
            : `${p.name} is not a partner this file names`,
        });
      }
    }
  }
  changes.partnersCreated = partnersToCreate;
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return {
    problems,
    unknownPartners,
    prioritiesToCreate: changes.prioritiesCreated,
    partnersToCreate,
    writes,
    changes,
  };
}

const COLUMN_OF_ACTION_FIELD: Record<string, ColumnKey> = { title: 'title', publicSummary: 'publicSummary' };

/**
 * The texts the rows would publish (by the domain's rule of what is public) that look like
 * personal data: actions' titles and public summaries, milestones' titles and new priorities'
 * titles. Rows for actions kept off the public page publish nothing.
 */
export function personalDataInRows(rows: readonly RowAction[], plan: PlanContext): ImportPersonalData[] {
  const unpublished = new Set(plan.actions.filter((a) => !a.published).map((a) => a.ref));
  return rows.flatMap((r) => {
    if (unpublished.has(r.ref)) return [];
    const texts = [
      ...publicTextsOf('action', { title: r.title, publicSummary: r.publicSummary }).map((t) => ({
        ...t,
        field: HEADER_OF[COLUMN_OF_ACTION_FIELD[t.field]!],
      })),
      ...(r.milestones ?? []).flatMap((m) =>
        publicTextsOf('milestone', { title: m.title }).map((t) => ({ ...t, field: HEADER_OF.milestones })),
      ),
      ...(r.priority.title
        ? publicTextsOf('priority', { title: r.priority.title }).map((t) => ({
            ...t,
            field: HEADER_OF.priority,
          }))
        : []),
    ];
    return findPersonalDataInTexts(texts).map((f) => ({
      row: r.row,
      column: f.field,
      kind: f.kind,
      text: f.text,
    }));
  });
}
