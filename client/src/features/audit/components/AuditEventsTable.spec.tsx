import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { makeFragmentData } from '@/__generated__';
import { visibleText } from '@/testing/table';
import { AuditEventsTable, AuditEventsTable_event } from './AuditEventsTable';

const event = (over: Record<string, unknown>) =>
  makeFragmentData(
    {
      __typename: 'AuditEvent',
      id: String(Math.random()),
      at: '2026-11-30T10:00:00.000Z',
      actorEmail: 'eddie@example.org',
      actorRole: 'PARTNER_EDITOR',
      actorPartner: { __typename: 'Partner', id: 'p1', name: 'NFU' },
      operation: 'recordUpdate',
      recordType: 'Action',
      recordId: 'a1',
      actionId: null,
      action: null,
      changes: null,
      outcome: 'SUCCESS',
      errorCode: null,
      message: null,
      ...over,
    } as never,
    AuditEventsTable_event,
  );

const rows = () =>
  within(screen.getByRole('table', { name: 'Audit trail' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => visibleText(r));

describe('the audit trail', () => {
  it('names the action a refused update was on, and says it was an attempt', () => {
    render(
      <MemoryRouter>
        <AuditEventsTable
          caption="Audit trail"
          events={[
            event({
              actionId: 'a1',
              action: { __typename: 'Action', id: 'a1', ref: '1.3', title: 'Mark farm machinery' },
              outcome: 'DENIED',
              errorCode: 'FORBIDDEN',
              message: 'You can only update actions your organisation leads or supports',
            }),
          ]}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Attempt to record update on action 1.3' })).toBeTruthy();
    expect(rows()[0]).toContain('Mark farm machinery');
  });

  it('reads a refused sign-in as a failed sign-in', () => {
    render(
      <MemoryRouter>
        <AuditEventsTable
          caption="Audit trail"
          events={[
            event({
              operation: 'signIn',
              actorRole: null,
              outcome: 'DENIED',
              recordType: null,
              recordId: null,
            }),
            event({ operation: 'signIn', outcome: 'SUCCESS', recordType: null, recordId: null }),
          ]}
        />
      </MemoryRouter>,
    );
    const [failed, signedIn] = rows();
    expect(failed).toContain('Failed sign-in');
    expect(failed).not.toContain('Signed in');
    expect(signedIn).toContain('Signed in');
  });
});
