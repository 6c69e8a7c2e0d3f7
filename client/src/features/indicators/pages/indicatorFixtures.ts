// Answers the indicator pages' tests use: an indicator as the API gives it, and who is signed in.
import type { IndicatorDetailQuery } from '@/__generated__/graphql';
import { IndicatorDetailQuery as IndicatorDetailDocument } from '@/features/indicators/graphql/IndicatorDetail.query';
import { MeQuery } from '@/features/auth/graphql/Me.query';

const measurement = (
  id: string,
  periodStart: string,
  periodLabel: string,
  value: number,
  valueText: string,
  note: string | null = null,
) => ({
  __typename: 'IndicatorMeasurement' as const,
  id,
  periodStart,
  periodLabel,
  value,
  valueText,
  note,
  version: 1,
  revisions: [] as {
    __typename: 'IndicatorRevision';
    value: number;
    note: string | null;
    recordedByEmail: string;
    recordedAt: string;
    replacedAt: string;
    replacedByEmail: string;
  }[],
});

/** "Average time to answer 999 calls", monthly, with one corrected value and a change of definition. */
export function answer999(): IndicatorDetailQuery['indicator'] {
  const july = {
    ...measurement('m3', '2026-09-01', 'September 2026', 6.1, '6.1 seconds', 'New call handlers'),
    version: 2,
    revisions: [
      {
        __typename: 'IndicatorRevision' as const,
        value: 7.4,
        note: null,
        recordedByEmail: 'seed@example.org',
        recordedAt: '2026-10-02T09:00:00.000Z',
        replacedAt: '2026-10-09T14:30:00.000Z',
        replacedByEmail: 'admin@example.org',
      },
    ],
  };
  const measurements = [
    measurement('m1', '2026-07-01', 'July 2026', 8.2, '8.2 seconds'),
    measurement('m2', '2026-08-01', 'August 2026', 7, '7 seconds'),
    july,
  ];
  return {
    __typename: 'Indicator',
    id: 'i1',
    name: 'Average time to answer 999 calls',
    definition: 'Mean time from connection to answer.',
    dataSource: 'Contact Management Centre telephony data',
    caveat: 'Unaudited',
    unit: 'DURATION_SECONDS',
    direction: 'LOWER_IS_BETTER',
    baselineLabel: '2021/22',
    baselineValue: 11.5,
    baselineText: '11.5 seconds',
    targetValue: 10,
    targetText: '10 seconds',
    targetDate: '2027-03-31',
    tolerancePercent: 5,
    frequency: 'MONTH',
    published: true,
    exampleData: true,
    version: 3,
    priorities: [
      {
        __typename: 'Priority',
        id: 'p2',
        number: 2,
        title: 'Answer calls quickly',
        plan: {
          __typename: 'Plan',
          id: 'plan1',
          slug: 'police-and-crime-plan-2025',
          title: 'Police and Crime Plan',
        },
      },
    ],
    latest: {
      __typename: 'IndicatorMeasurement',
      id: 'm3',
      periodLabel: 'September 2026',
      periodStart: '2026-09-01',
      valueText: '6.1 seconds',
    },
    changeFromBaseline: {
      __typename: 'BaselineChange',
      absolute: -5.4,
      percent: -47,
      absoluteText: '\u22125.4 seconds',
      percentText: '\u221247.0%',
    },
    status: 'ON_TARGET',
    trend: 'IMPROVING',
    definitionChanges: [
      {
        __typename: 'IndicatorDefinitionChange',
        id: 'd1',
        changedOn: '2026-08-15',
        previousDefinition: 'Mean time from the first ring.',
        newDefinition: 'Mean time from connection to answer.',
      },
    ],
    measurements,
    // The fragment's own fields are the same objects: codegen masks them in the type only.
  } as unknown as IndicatorDetailQuery['indicator'];
}

export const indicatorDetailMock = (indicator: IndicatorDetailQuery['indicator']) => ({
  request: { query: IndicatorDetailDocument, variables: { id: indicator.id } },
  result: { data: { indicator } },
  maxUsageCount: 5,
});

export const meMock = (role: 'ADMIN' | 'PANEL_VIEWER' | null) => ({
  request: { query: MeQuery },
  result: {
    data: {
      me: role && {
        __typename: 'User',
        id: 'u1',
        name: 'Alex Admin',
        email: 'admin@example.org',
        role,
        partner: { __typename: 'Partner', id: 'opcc', name: 'OPCC' },
      },
    },
  },
  maxUsageCount: 5,
});
