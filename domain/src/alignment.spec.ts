import { formatContributionRefs, isOwnPlanContribution, parseContributionRefs } from './alignment.js';

describe('contributions between plans', () => {
  it('refuses a priority of the action’s own plan and allows another plan’s', () => {
    expect(isOwnPlanContribution('plan-a', 'plan-a')).toBe(true);
    expect(isOwnPlanContribution('plan-a', 'plan-b')).toBe(false);
  });

  it('reads a cell of priority references, whatever the spacing and capitals', () => {
    expect(parseContributionRefs(' Police-and-Crime-Plan-2025  p3 ;pcp P1\nother-plan P12; ')).toEqual({
      refs: [
        { planSlug: 'police-and-crime-plan-2025', number: 3 },
        { planSlug: 'pcp', number: 1 },
        { planSlug: 'other-plan', number: 12 },
      ],
      problems: [],
    });
  });

  it('names each item it cannot read, and a priority listed twice', () => {
    const { refs, problems } = parseContributionRefs('pcp 3; pcp P2; Protect communities; pcp p2');
    expect(refs).toEqual([{ planSlug: 'pcp', number: 2 }]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^‘pcp 3’ is not a priority reference/);
    expect(problems[2]).toBe('pcp P2 is listed twice');
  });

  it('writes the references the import reads back', () => {
    const refs = [
      { planSlug: 'pcp-2025', number: 3 },
      { planSlug: 'rural', number: 1 },
    ];
    expect(parseContributionRefs(formatContributionRefs(refs))).toEqual({ refs, problems: [] });
  });
});
