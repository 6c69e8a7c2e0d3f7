import { AREA_LABELS, RAG_LABELS, STATUS_LABELS } from '@/features/actions/utils/labels';
import { ROLE_LABELS } from '@/features/auth/utils/roles';
import { PARTNER_KIND_LABELS } from '@/features/partners/utils/labels';
import { PLAN_STATUS_LABELS } from '@/features/plans/utils/labels';
import { formatDate, formatDateTime } from '@/utils/dates';
import { humanise } from './labels';

// An audit event's `changes` are the database columns that differed, as
// { field: { before, after } } (server: changedFields in audit.service.ts). This turns them into
// short lines in the users' words, such as 'RAG status: Green → Red'.

type Kind =
  | 'text'
  | 'longText'
  | 'number'
  | 'date'
  | 'moment'
  | 'enum'
  | 'boolean'
  | 'partner'
  | 'partners'
  | 'reference'
  | 'list';

interface FieldSpec {
  label: string;
  kind: Kind;
  /** A fact about the change, such as when a link was withdrawn: only its new value says anything. */
  fact?: boolean;
}

const FIELDS: Record<string, FieldSpec> = {
  ref: { label: 'Reference', kind: 'text' },
  title: { label: 'Title', kind: 'text' },
  name: { label: 'Name', kind: 'text' },
  slug: { label: 'Slug', kind: 'text' },
  number: { label: 'Number', kind: 'number' },
  description: { label: 'Description', kind: 'longText' },
  summary: { label: 'Summary', kind: 'longText' },
  internalNotes: { label: 'Internal notes', kind: 'longText' },
  evidence: { label: 'Evidence', kind: 'longText' },
  status: { label: 'Status', kind: 'enum' },
  rag: { label: 'RAG status', kind: 'enum' },
  area: { label: 'Area', kind: 'enum' },
  kind: { label: 'Kind of organisation', kind: 'enum' },
  role: { label: 'Role', kind: 'enum' },
  progress: { label: 'Progress', kind: 'number' },
  weight: { label: 'Weight', kind: 'number' },
  startDate: { label: 'Start date', kind: 'date' },
  dueDate: { label: 'Due date', kind: 'date' },
  endDate: { label: 'End date', kind: 'date' },
  completedOn: { label: 'Completed on', kind: 'date' },
  completedMilestones: { label: 'Milestones completed', kind: 'list' },
  leadPartnerId: { label: 'Lead partner', kind: 'partner' },
  supportingPartnerIds: { label: 'Supporting partners', kind: 'partners' },
  ownerPartnerId: { label: 'Owner', kind: 'partner' },
  partnerId: { label: 'Organisation', kind: 'partner' },
  priorityId: { label: 'Priority', kind: 'reference' },
  email: { label: 'Email address', kind: 'text' },
  website: { label: 'Website', kind: 'text' },
  contactEmail: { label: 'Contact email', kind: 'text' },
  contactPhone: { label: 'Contact telephone', kind: 'text' },
  active: { label: 'Can sign in', kind: 'boolean' },
  expiresAt: { label: 'Expires', kind: 'moment' },
  invitedAt: { label: 'Invited', kind: 'moment' },
  archivedAt: { label: 'Archived', kind: 'moment', fact: true },
  revokedAt: { label: 'Withdrawn', kind: 'moment', fact: true },
  linkExpiresAt: { label: 'Link expires', kind: 'moment', fact: true },
  sessionsEnded: { label: 'Sessions ended', kind: 'number', fact: true },
};

// Keys, hashes and bookkeeping: they say nothing a reader can use, or must not be shown.
const HIDDEN = new Set([
  'id',
  'actionId',
  'planId',
  'userId',
  'createdById',
  'tokenHash',
  'passwordHash',
  'version',
  'createdAt',
  'updatedAt',
  'lastSignInAt',
  'lastUsedAt',
  'opened',
  'signedIn',
  'passwordChanged',
  'passwordResetLinkSent',
]);

const ENUM_LABELS: Record<string, string> = {
  ...STATUS_LABELS,
  ...PLAN_STATUS_LABELS,
  INVITED: 'Invited',
  DEACTIVATED: 'Deactivated',
  ...RAG_LABELS,
  ...AREA_LABELS,
  ...PARTNER_KIND_LABELS,
  ...ROLE_LABELS,
};

const NOT_SET = 'not set';
const TEXT_LIMIT = 60;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

// Sessions and opened links: the operation says all there is to say.
const WITHOUT_CHANGES = new Set(['signIn', 'signOut', 'openUpdateLink']);

export interface FormatChangesOptions {
  /** The event's operation, such as updateAction. */
  operation?: string;
  /** A partner's name from its id, for lead and supporting partners and organisations. */
  partnerName?: (id: string) => string | undefined;
  /**
   * 'full' (the audit trail) lists a new record's first values and quotes changed text, shortened.
   * 'brief' (an action's history, next to the record itself) lists only changes, and says that a
   * long text changed without repeating it.
   */
  detail?: 'full' | 'brief';
}

interface FieldChange {
  before: unknown;
  after: unknown;
}

function entries(changes: unknown): [string, FieldChange][] {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) return [];
  return Object.entries(changes as Record<string, unknown>).flatMap(([field, value]) => {
    if (typeof value !== 'object' || value === null) return [];
    const { before = null, after = null } = value as Partial<FieldChange>;
    return [[field, { before, after }] as [string, FieldChange]];
  });
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > TEXT_LIMIT ? `${flat.slice(0, TEXT_LIMIT - 1).trimEnd()}…` : flat;
}

function moment(value: string): string {
  // The server writes a moment at exactly midnight UTC as a bare date.
  return DATE_ONLY.test(value) ? formatDate(value) : formatDateTime(value) || value;
}

function guess(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (DATE_ONLY.test(value)) return formatDate(value);
    if (DATE_TIME.test(value)) return formatDateTime(value) || value;
    return shorten(value);
  }
  if (Array.isArray(value)) return value.map(guess).join(', ');
  return shorten(JSON.stringify(value));
}

function formatValue(spec: FieldSpec | undefined, value: unknown, options: FormatChangesOptions): string {
  if (isEmpty(value)) return spec?.kind === 'partners' || spec?.kind === 'list' ? 'none' : NOT_SET;
  const partner = (id: unknown) => options.partnerName?.(String(id)) ?? 'unknown partner';
  switch (spec?.kind) {
    case undefined:
      return guess(value);
    case 'text':
      return shorten(String(value));
    case 'longText':
      return `“${shorten(String(value))}”`;
    case 'number':
      return String(value);
    case 'date':
      return formatDate(String(value)) || String(value);
    case 'moment':
      return moment(String(value));
    case 'enum':
      return ENUM_LABELS[String(value)] ?? humanise(String(value));
    case 'boolean':
      return value ? 'Yes' : 'No';
    case 'partner':
      return partner(value);
    case 'partners':
      return Array.isArray(value) ? value.map(partner).join(', ') : partner(value);
    case 'reference':
      return String(value);
    case 'list':
      return (Array.isArray(value) ? value : [value]).map((v) => shorten(String(v))).join('; ');
  }
}

/**
 * An audit event's changes as lines such as 'Progress: 50 → 60', in a stable order: the fields
 * this module knows, in the order it lists them, then any others.
 */
export function formatChanges(changes: unknown, options: FormatChangesOptions = {}): string[] {
  const detail = options.detail ?? 'full';
  if (options.operation && WITHOUT_CHANGES.has(options.operation)) return [];
  const known = Object.keys(FIELDS);
  const rank = (field: string) => (known.includes(field) ? known.indexOf(field) : known.length);
  const fields = entries(changes)
    .filter(([field]) => !HIDDEN.has(field))
    .sort(([a], [b]) => rank(a) - rank(b));
  // A new record's row, id and all, was written whole: its lines are its first values.
  const created = entries(changes).some(([field, c]) => field === 'id' && c.before === null);

  const lines: string[] = [];
  for (const [field, { before, after }] of fields) {
    const spec = FIELDS[field];
    const label = spec?.label ?? humanise(field);
    if (spec?.fact) {
      if (!isEmpty(after)) lines.push(`${label}: ${formatValue(spec, after, options)}`);
      continue;
    }
    if (created) {
      if (detail === 'full' && !isEmpty(after) && spec?.kind !== 'reference') {
        lines.push(`${label}: ${formatValue(spec, after, options)}`);
      }
      continue;
    }
    if (spec?.kind === 'reference' || (spec?.kind === 'longText' && detail === 'brief')) {
      lines.push(`${label} changed`);
      continue;
    }
    lines.push(`${label}: ${formatValue(spec, before, options)} → ${formatValue(spec, after, options)}`);
  }
  return lines;
}
