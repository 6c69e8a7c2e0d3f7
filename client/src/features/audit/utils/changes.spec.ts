import { formatChanges } from './changes';

const NFU = '6f1c1c7e-2b7a-4a57-9a51-3f6f3f2b9d10';
const POLICE = '0b6a2f0e-55a1-4c52-8a3f-0f6d86a1c001';
const NAMES: Record<string, string> = { [NFU]: 'NFU', [POLICE]: 'Derbyshire Constabulary' };
const partnerName = (id: string) => NAMES[id];

describe('the changes an audit event records, in words', () => {
  it('shows numbers and chosen values with field names in words', () => {
    const lines = formatChanges({
      progress: { before: 50, after: 60 },
      rag: { before: 'GREEN', after: 'RED' },
      status: { before: 'NOT_STARTED', after: 'IN_PROGRESS' },
    });
    expect(lines).toEqual([
      'Status: Not started → In progress',
      'RAG status: Green → Red',
      'Progress: 50 → 60',
    ]);
  });

  it('leaves out keys, hashes and bookkeeping such as the version', () => {
    expect(
      formatChanges({
        version: { before: 3, after: 4 },
        updatedAt: { before: '2026-11-01T10:00:00.000Z', after: '2026-11-22T14:05:00.000Z' },
        tokenHash: { before: null, after: 'abc' },
        progress: { before: 10, after: 20 },
      }),
    ).toEqual(['Progress: 10 → 20']);
  });

  it('shows dates as people read them, and an empty one as not set', () => {
    expect(
      formatChanges({
        completedOn: { before: null, after: '2026-11-03' },
        dueDate: { before: '2026-04-01', after: null },
      }),
    ).toEqual(['Due date: 1 April 2026 → not set', 'Completed on: not set → 3 November 2026']);
  });

  it('names the milestones a progress report completed', () => {
    expect(
      formatChanges({
        completedMilestones: { before: null, after: ['Pilot launched', 'Evaluation published'] },
      }),
    ).toEqual(['Milestones completed: none → Pilot launched; Evaluation published']);
  });

  it('names partners rather than showing their ids', () => {
    expect(
      formatChanges(
        {
          leadPartnerId: { before: POLICE, after: NFU },
          supportingPartnerIds: { before: [NFU], after: [] },
        },
        { partnerName },
      ),
    ).toEqual(['Lead partner: Derbyshire Constabulary → NFU', 'Supporting partners: NFU → none']);
    expect(formatChanges({ partnerId: { before: POLICE, after: 'gone' } }, { partnerName })).toEqual([
      'Organisation: Derbyshire Constabulary → unknown partner',
    ]);
  });

  it('quotes changed text, shortened, in full, and only says it changed in brief', () => {
    const long = 'Hedgerow cameras at farm gateways across the High Peak, with signs, '.repeat(3);
    const changes = { description: { before: null, after: long }, title: { before: 'Old', after: 'New' } };
    const [title, description] = formatChanges(changes);
    expect(title).toBe('Title: Old → New');
    expect(description).toMatch(/^Description: not set → “Hedgerow cameras at farm gateways.*…”$/);
    expect(description!.length).toBeLessThan(100);
    expect(formatChanges(changes, { detail: 'brief' })).toEqual(['Title: Old → New', 'Description changed']);
  });

  it('lists a new record’s first values in full, and nothing in brief', () => {
    const created = {
      id: { before: null, after: 'm1' },
      actionId: { before: null, after: 'a1' },
      title: { before: null, after: 'Hub goes live' },
      dueDate: { before: null, after: '2027-06-15' },
      completedOn: { before: null, after: null },
    };
    expect(formatChanges(created)).toEqual(['Title: Hub goes live', 'Due date: 15 June 2027']);
    expect(formatChanges(created, { detail: 'brief' })).toEqual([]);
  });

  it('shows accounts and links in words', () => {
    expect(
      formatChanges({
        role: { before: 'PARTNER_EDITOR', after: 'PARTNER_LEAD' },
        active: { before: true, after: false },
        sessionsEnded: { before: null, after: 2 },
        status: { before: 'INVITED', after: 'ACTIVE' },
      }),
    ).toEqual([
      'Status: Invited → Active',
      'Role: Partner editor → Partner lead',
      'Can sign in: Yes → No',
      'Sessions ended: 2',
    ]);
  });

  it('says nothing more for signing in or opening a link', () => {
    expect(
      formatChanges(
        { userId: { before: null, after: 'u1' }, expiresAt: { before: null, after: '2026-12-01' } },
        {
          operation: 'signIn',
        },
      ),
    ).toEqual([]);
  });

  it('still shows a field it does not know, and ignores what is not a change', () => {
    expect(formatChanges({ someNewField: { before: false, after: true }, junk: 3 })).toEqual([
      'Some new field: No → Yes',
    ]);
    expect(formatChanges(null)).toEqual([]);
    expect(formatChanges('nonsense')).toEqual([]);
  });
});
