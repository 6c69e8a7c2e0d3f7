import type { RecordUpdateFormValues } from './recordUpdateForm';
import { clearDraft, draftKey, isUnsent, loadDraft, saveDraft } from './updateDraft';

const values: RecordUpdateFormValues = {
  status: 'IN_PROGRESS',
  rag: 'GREEN',
  ragReason: '',
  progress: '50',
  commentary: 'Half the parishes visited',
  outcome: '',
  milestoneIds: ['m1'],
  completions: { m1: { completedOn: { day: '3', month: '11', year: '2025' }, evidence: 'Minutes' } },
};

describe('an unsent update kept on the device', () => {
  beforeEach(() => localStorage.clear());

  it('is kept per action and restored as typed, with the version it started from', () => {
    saveDraft('action-1', { expectedVersion: 4, values, pending: false });
    expect(loadDraft('action-1')).toMatchObject({ expectedVersion: 4, values, pending: false });
    expect(loadDraft('action-2')).toBeNull();
  });

  it('remembers that it is waiting to be sent', () => {
    saveDraft(
      'action-1',
      { expectedVersion: 4, values, pending: true },
      localStorage,
      new Date('2026-01-02'),
    );
    expect(loadDraft('action-1')).toMatchObject({ pending: true, savedAt: '2026-01-02T00:00:00.000Z' });
  });

  it('is gone once cleared', () => {
    saveDraft('action-1', { expectedVersion: 4, values, pending: false });
    clearDraft('action-1');
    expect(loadDraft('action-1')).toBeNull();
  });

  it('ignores what it cannot read rather than breaking the form', () => {
    localStorage.setItem(draftKey('action-1'), '{not json');
    expect(loadDraft('action-1')).toBeNull();
    localStorage.setItem(draftKey('action-1'), JSON.stringify({ values: 'nope' }));
    expect(loadDraft('action-1')).toBeNull();
  });

  it('does nothing when storage is switched off or full', () => {
    const full = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    expect(() => saveDraft('action-1', { expectedVersion: 1, values, pending: false }, full)).not.toThrow();
    expect(loadDraft('action-1', full)).toBeNull();
    expect(() => clearDraft('action-1', full)).not.toThrow();
    expect(loadDraft('action-1', null)).toBeNull();
  });
});

describe('a kept draft', () => {
  const kept = { expectedVersion: 4, values: { ...values, commentary: 'Hedgerow cameras up' } };

  it('is offered while the action is where the draft started', () => {
    expect(isUnsent(kept, { version: 4, latestUpdate: null })).toBe(true);
  });

  it('is not offered once the history shows it recorded', () => {
    expect(
      isUnsent(kept, { version: 5, latestUpdate: { version: 5, commentary: ' Hedgerow cameras up ' } }),
    ).toBe(false);
  });

  it('is still offered after someone else’s update, to meet the conflict', () => {
    expect(
      isUnsent(kept, { version: 5, latestUpdate: { version: 5, commentary: 'Another partner’s news' } }),
    ).toBe(true);
  });
});
