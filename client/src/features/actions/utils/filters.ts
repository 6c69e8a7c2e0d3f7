import type { ActionFilter, ActionStatus, Rag } from '@/__generated__/graphql';
import { ACTION_STATUSES, isActionStatus, isRag, RAGS } from './labels';

export const PAGE_SIZE = 25;

/** The actions filter as the user chose it; it lives in the URL query string. */
export interface ActionFilterValues {
  status: ActionStatus[];
  rag: Rag[];
  partnerId: string;
  overdue: boolean;
  text: string;
  page: number;
}

export const NO_FILTERS: ActionFilterValues = {
  status: [],
  rag: [],
  partnerId: '',
  overdue: false,
  text: '',
  page: 1,
};

// Query-string names: ?status=IN_PROGRESS&rag=RED&rag=AMBER&partner=<id>&overdue=yes&q=datatag&page=2
const KEYS = {
  status: 'status',
  rag: 'rag',
  partnerId: 'partner',
  overdue: 'overdue',
  text: 'q',
  page: 'page',
} as const;

const unique = <T>(values: T[]) => [...new Set(values)];

/** Reads filters from a query string, ignoring anything it does not recognise. */
export function filtersFromSearchParams(params: URLSearchParams): ActionFilterValues {
  const status = unique(params.getAll(KEYS.status).filter(isActionStatus));
  const rag = unique(params.getAll(KEYS.rag).filter(isRag));
  const page = Number.parseInt(params.get(KEYS.page) ?? '', 10);
  return {
    // Keep the order the options appear in the form, so equal filters give equal URLs.
    status: ACTION_STATUSES.filter((s) => status.includes(s)),
    rag: RAGS.filter((r) => rag.includes(r)),
    partnerId: params.get(KEYS.partnerId)?.trim() ?? '',
    overdue: params.get(KEYS.overdue) === 'yes',
    text: params.get(KEYS.text)?.trim() ?? '',
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** Writes filters to a query string, leaving out empty ones and page 1. */
export function filtersToSearchParams(values: ActionFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  ACTION_STATUSES.filter((s) => values.status.includes(s)).forEach((s) => params.append(KEYS.status, s));
  RAGS.filter((r) => values.rag.includes(r)).forEach((r) => params.append(KEYS.rag, r));
  if (values.partnerId) params.set(KEYS.partnerId, values.partnerId);
  if (values.overdue) params.set(KEYS.overdue, 'yes');
  if (values.text.trim()) params.set(KEYS.text, values.text.trim());
  if (values.page > 1) params.set(KEYS.page, String(values.page));
  return params;
}

/** Reads the filter form's fields (named as in the query string) into filter values, on page 1. */
export function filtersFromFormData(data: FormData): ActionFilterValues {
  const params = new URLSearchParams();
  for (const [key, value] of data.entries()) {
    if (typeof value === 'string') params.append(key, value);
  }
  params.delete(KEYS.page);
  return filtersFromSearchParams(params);
}

export const hasFilters = (v: ActionFilterValues) =>
  v.status.length > 0 || v.rag.length > 0 || v.partnerId !== '' || v.overdue || v.text !== '';

/** The API's ActionFilter and page for one plan. */
export function toActionsQueryVariables(planSlug: string, values: ActionFilterValues) {
  const filter: ActionFilter = { planSlug };
  if (values.status.length) filter.status = values.status;
  if (values.rag.length) filter.rag = values.rag;
  if (values.partnerId) filter.partnerId = values.partnerId;
  if (values.overdue) filter.overdue = true;
  if (values.text) filter.text = values.text;
  return { filter, page: { limit: PAGE_SIZE, offset: (values.page - 1) * PAGE_SIZE } };
}

export const FILTER_FIELD_NAMES = KEYS;
