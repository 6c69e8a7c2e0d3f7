import type { Role, UserFilter, UserStatus } from '@/__generated__/graphql';
import { isRole, isUserStatus } from './labels';

export const USERS_PAGE_SIZE = 25;

/** The users list's filters; they live in the URL query string. */
export interface UserFilterValues {
  partnerId: string;
  role: Role | '';
  status: UserStatus | '';
  page: number;
}

export const NO_USER_FILTERS: UserFilterValues = { partnerId: '', role: '', status: '', page: 1 };

// ?organisation=<id>&role=PARTNER_LEAD&status=INVITED&page=2
export const USER_FILTER_KEYS = {
  partnerId: 'organisation',
  role: 'role',
  status: 'status',
  page: 'page',
} as const;
const KEYS = USER_FILTER_KEYS;

export function userFiltersFromSearchParams(params: URLSearchParams): UserFilterValues {
  const role = params.get(KEYS.role) ?? '';
  const status = params.get(KEYS.status) ?? '';
  const page = Number.parseInt(params.get(KEYS.page) ?? '', 10);
  return {
    partnerId: params.get(KEYS.partnerId)?.trim() ?? '',
    role: isRole(role) ? role : '',
    status: isUserStatus(status) ? status : '',
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

export function userFiltersToSearchParams(values: UserFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (values.partnerId) params.set(KEYS.partnerId, values.partnerId);
  if (values.role) params.set(KEYS.role, values.role);
  if (values.status) params.set(KEYS.status, values.status);
  if (values.page > 1) params.set(KEYS.page, String(values.page));
  return params;
}

/** The filter form's fields (named as in the query string), on page 1. */
export function userFiltersFromFormData(data: FormData): UserFilterValues {
  const params = new URLSearchParams();
  for (const [key, value] of data.entries()) {
    if (typeof value === 'string') params.append(key, value);
  }
  params.delete(KEYS.page);
  return userFiltersFromSearchParams(params);
}

export const hasUserFilters = (v: UserFilterValues) => Boolean(v.partnerId || v.role || v.status);

export function toUsersQueryVariables(values: UserFilterValues) {
  const filter: UserFilter = {};
  if (values.partnerId) filter.partnerId = values.partnerId;
  if (values.role) filter.role = values.role;
  if (values.status) filter.status = values.status;
  return { filter, page: { limit: USERS_PAGE_SIZE, offset: (values.page - 1) * USERS_PAGE_SIZE } };
}
