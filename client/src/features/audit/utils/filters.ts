import { z } from 'zod';
import type { AuditFilter, AuditOutcome } from '@/__generated__/graphql';
import type { FormField } from '@/utils/formErrors';
import { datePartsToIso, EMPTY_DATE, isoToDateParts, type DateParts } from '@/utils/dates';
import { dateField } from '@/utils/validation';
import { isAuditOutcome } from './labels';

export const AUDIT_PAGE_SIZE = 25;

/** The audit trail's filters as the user chose them; they live in the URL query string. */
export interface AuditFilterValues {
  userId: string;
  partnerId: string;
  recordId: string;
  outcome: AuditOutcome | '';
  /** 'YYYY-MM-DD', or '' for no limit. */
  from: string;
  to: string;
  page: number;
}

export const NO_AUDIT_FILTERS: AuditFilterValues = {
  userId: '',
  partnerId: '',
  recordId: '',
  outcome: '',
  from: '',
  to: '',
  page: 1,
};

// ?person=<id>&organisation=<id>&record=<id>&outcome=DENIED&from=2026-11-01&to=2026-11-22&page=2
const KEYS = {
  userId: 'person',
  partnerId: 'organisation',
  recordId: 'record',
  outcome: 'outcome',
  from: 'from',
  to: 'to',
  page: 'page',
} as const;

/** A real calendar date as 'YYYY-MM-DD', or ''. */
function isoDate(value: string | null): string {
  const v = value?.trim() ?? '';
  return v && datePartsToIso(isoToDateParts(v)) === v ? v : '';
}

export function auditFiltersFromSearchParams(params: URLSearchParams): AuditFilterValues {
  const outcome = params.get(KEYS.outcome) ?? '';
  const page = Number.parseInt(params.get(KEYS.page) ?? '', 10);
  return {
    userId: params.get(KEYS.userId)?.trim() ?? '',
    partnerId: params.get(KEYS.partnerId)?.trim() ?? '',
    recordId: params.get(KEYS.recordId)?.trim().slice(0, 100) ?? '',
    outcome: isAuditOutcome(outcome) ? outcome : '',
    from: isoDate(params.get(KEYS.from)),
    to: isoDate(params.get(KEYS.to)),
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** Leaves out empty filters and page 1, so the plain trail is plain /audit. */
export function auditFiltersToSearchParams(values: AuditFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (values.userId) params.set(KEYS.userId, values.userId);
  if (values.partnerId) params.set(KEYS.partnerId, values.partnerId);
  if (values.recordId.trim()) params.set(KEYS.recordId, values.recordId.trim());
  if (values.outcome) params.set(KEYS.outcome, values.outcome);
  if (values.from) params.set(KEYS.from, values.from);
  if (values.to) params.set(KEYS.to, values.to);
  if (values.page > 1) params.set(KEYS.page, String(values.page));
  return params;
}

export const hasAuditFilters = (v: AuditFilterValues) =>
  Boolean(v.userId || v.partnerId || v.recordId || v.outcome || v.from || v.to);

/** The API's AuditFilter and page. */
export function toAuditQueryVariables(values: AuditFilterValues) {
  const filter: AuditFilter = {};
  if (values.userId) filter.userId = values.userId;
  if (values.partnerId) filter.partnerId = values.partnerId;
  if (values.recordId) filter.recordId = values.recordId;
  if (values.outcome) filter.outcome = values.outcome;
  if (values.from) filter.from = values.from;
  if (values.to) filter.to = values.to;
  return { filter, page: { limit: AUDIT_PAGE_SIZE, offset: (values.page - 1) * AUDIT_PAGE_SIZE } };
}

/** What the filter form's boxes hold. */
export interface AuditFilterFormValues {
  userId: string;
  partnerId: string;
  recordId: string;
  outcome: string;
  from: DateParts;
  to: DateParts;
}

export function auditFilterFormValues(values: AuditFilterValues): AuditFilterFormValues {
  return {
    userId: values.userId,
    partnerId: values.partnerId,
    recordId: values.recordId,
    outcome: values.outcome,
    from: values.from ? isoToDateParts(values.from) : { ...EMPTY_DATE },
    to: values.to ? isoToDateParts(values.to) : { ...EMPTY_DATE },
  };
}

export const auditFilterSchema = z
  .object({
    userId: z.string(),
    partnerId: z.string(),
    recordId: z.string().trim().max(100, 'Record id must be 100 characters or fewer'),
    outcome: z.string().transform((v) => (isAuditOutcome(v) ? v : '')),
    from: dateField('From date'),
    to: dateField('To date'),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.to < v.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'To date must be the same as or after the from date',
      });
    }
  })
  .transform((v): AuditFilterValues => ({ ...v, from: v.from ?? '', to: v.to ?? '', page: 1 }));

export const AUDIT_FILTER_FIELDS: FormField[] = [
  { name: 'recordId' },
  { name: 'from', target: 'from-day' },
  { name: 'to', target: 'to-day' },
];
