import {
  filtersFromFormData,
  filtersFromSearchParams,
  filtersToSearchParams,
  NO_FILTERS,
  toActionsQueryVariables,
  type ActionFilterValues,
} from './filters';

const PARTNER = '6f1c1c7e-2b7a-4a57-9a51-3f6f3f2b9d10';

describe('actions filters in the address bar', () => {
  it('survives a round trip through the query string', () => {
    const values: ActionFilterValues = {
      status: ['NOT_STARTED', 'IN_PROGRESS'],
      rag: ['RED', 'AMBER'],
      partnerId: PARTNER,
      overdue: true,
      text: 'datatag',
      page: 3,
    };
    const qs = filtersToSearchParams(values).toString();
    expect(qs).toBe(
      `status=NOT_STARTED&status=IN_PROGRESS&rag=RED&rag=AMBER&partner=${PARTNER}&overdue=yes&q=datatag&page=3`,
    );
    expect(filtersFromSearchParams(new URLSearchParams(qs))).toEqual(values);
  });

  it('gives an empty query string when nothing is filtered', () => {
    expect(filtersToSearchParams(NO_FILTERS).toString()).toBe('');
    expect(filtersFromSearchParams(new URLSearchParams(''))).toEqual(NO_FILTERS);
  });

  it('ignores values it does not know and a nonsense page', () => {
    const values = filtersFromSearchParams(
      new URLSearchParams('rag=PURPLE&rag=RED&status=DONE&page=-2&overdue=maybe'),
    );
    expect(values).toEqual({ ...NO_FILTERS, rag: ['RED'] });
  });

  it('puts options in form order, so equal filters give equal addresses', () => {
    const a = filtersFromSearchParams(new URLSearchParams('rag=GREEN&rag=RED&rag=RED'));
    expect(a.rag).toEqual(['RED', 'GREEN']);
  });

  it('starts again at page 1 when the filter form is applied', () => {
    const data = new FormData();
    data.append('rag', 'RED');
    data.append('q', '  hub ');
    data.append('partner', '');
    data.append('page', '4');
    expect(filtersFromFormData(data)).toEqual({ ...NO_FILTERS, rag: ['RED'], text: 'hub' });
  });

  it('asks the API for the plan, the filters and 25 actions from the right offset', () => {
    const vars = toActionsQueryVariables('rural-crime-strategy-2024-2027', {
      ...NO_FILTERS,
      rag: ['RED'],
      overdue: true,
      page: 2,
    });
    expect(vars).toEqual({
      filter: { planSlug: 'rural-crime-strategy-2024-2027', rag: ['RED'], overdue: true },
      page: { limit: 25, offset: 25 },
    });
  });
});
