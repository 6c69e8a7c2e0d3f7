import { formatUkMoment, invitationEmail, passwordResetEmail } from './user-emails.js';

const BRAND = {
  serviceName: 'Partnership Tracker',
  organisationName: 'Office of the Police and Crime Commissioner',
};

describe('account emails', () => {
  it('gives times in UK time, in GMT and BST', () => {
    expect(formatUkMoment(new Date('2026-11-29T14:30:00Z'))).toBe('2:30pm on 29 November 2026');
    expect(formatUkMoment(new Date('2026-07-01T09:00:00Z'))).toBe('10am on 1 July 2026');
    expect(formatUkMoment(new Date('2026-03-28T23:05:00Z'))).toBe('11:05pm on 28 March 2026');
  });

  it('says who invited them, for which organisation, and when the link expires', () => {
    const email = invitationEmail({
      to: 'sam@example.org',
      name: 'Sam Jones',
      inviterName: 'Alex Admin',
      partnerName: 'Derbyshire Constabulary',
      role: 'PARTNER_EDITOR',
      link: 'https://tracker.example.org/accept-invite/abc',
      expiresAt: new Date('2026-11-29T14:30:00Z'),
      brand: BRAND,
    });
    expect(email.to).toBe('sam@example.org');
    expect(email.subject).toBe('Alex Admin has invited you to Partnership Tracker');
    expect(email.text).toContain(
      'Alex Admin has invited you to use Partnership Tracker for Derbyshire Constabulary, as a partner editor.',
    );
    expect(email.text).toContain('\n\nhttps://tracker.example.org/accept-invite/abc\n\n');
    expect(email.text).toContain('stops working at 2:30pm on 29 November 2026 (UK time)');
    // Signed by the service and the organisation that runs it (its settings).
    expect(email.text.endsWith('\n\nPartnership Tracker\nOffice of the Police and Crime Commissioner')).toBe(
      true,
    );
  });

  it('names the service as the organisation’s settings name it', () => {
    const email = passwordResetEmail({
      to: 'sam@example.org',
      name: 'Sam Jones',
      link: 'https://tracker.example.org/reset-password/abc',
      expiresAt: new Date('2026-11-29T14:30:00Z'),
      brand: { serviceName: 'Wessex Tracker', organisationName: null },
    });
    expect(email.subject).toBe('Reset your Wessex Tracker password');
    expect(email.text).toContain('the password of your Wessex Tracker account');
    expect(email.text.endsWith('\n\nWessex Tracker')).toBe(true);
  });

  it('tells someone who did not ask for a password reset that nothing has changed', () => {
    const email = passwordResetEmail({
      to: 'sam@example.org',
      name: 'Sam Jones',
      link: 'https://tracker.example.org/reset-password/abc',
      expiresAt: new Date('2026-11-29T14:30:00Z'),
      brand: BRAND,
    });
    expect(email.text).toContain('Your password has not changed.');
    expect(email.text).toContain('signed out everywhere');
  });
});
