import { landingPath, safeReturnTo } from './returnTo';

const plan = (slug: string, status: string, quarters: string[]) => ({
  slug,
  status,
  snapshots: quarters.map((quarter) => ({ quarter })),
});

describe('where someone lands after signing in', () => {
  it('sends partners to the actions they work on', () => {
    expect(landingPath('PARTNER_EDITOR')).toBe('/my-actions');
    expect(landingPath('PARTNER_LEAD')).toBe('/my-actions');
  });

  it('sends the Commissioner’s team to the plans', () => {
    expect(landingPath('ADMIN', [plan('dparc', 'ACTIVE', ['2026/27 Q2'])])).toBe('/');
  });

  it('sends the Panel to the active plan with the latest closed quarter', () => {
    const plans = [
      plan('old-plan', 'CLOSED', ['2026/27 Q3']),
      plan('police-and-crime', 'ACTIVE', ['2025/26 Q4']),
      plan('dparc', 'ACTIVE', ['2025/26 Q4', '2026/27 Q2']),
      plan('new-plan', 'ACTIVE', []),
    ];
    expect(landingPath('PANEL_VIEWER', plans)).toBe('/plans/dparc');
    expect(landingPath('PANEL_VIEWER', [plan('new-plan', 'ACTIVE', [])])).toBe('/');
  });

  it('never leaves the site', () => {
    expect(safeReturnTo('//evil.example')).toBe('/');
    expect(safeReturnTo('/actions/1')).toBe('/actions/1');
  });
});
