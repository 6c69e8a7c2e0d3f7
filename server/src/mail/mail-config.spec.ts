import { ConfigError, loadConfig } from '../common/config.js';

describe('email configuration', () => {
  it('writes emails to the log from no-reply@localhost, with links to this machine, by default', () => {
    const c = loadConfig({ PORT: '3100' });
    expect(c.SMTP_URL).toBeUndefined();
    expect(c.MAIL_FROM).toBe('Partnership Tracker <no-reply@localhost>');
    expect(c.MAIL_POLL_MS).toBe(2000);
    expect(c.publicUrl).toBe('http://localhost:3100');
  });

  it('takes an SMTP server, a sender and a public address without its trailing slash', () => {
    const c = loadConfig({
      SMTP_URL: 'smtp://user:pa%40ss@smtp.example.org:587',
      MAIL_FROM: 'Tracker <tracker@example.org>',
      PUBLIC_URL: 'https://tracker.example.org/',
      MAIL_POLL_MS: '500',
    });
    expect(c).toMatchObject({
      SMTP_URL: 'smtp://user:pa%40ss@smtp.example.org:587',
      MAIL_FROM: 'Tracker <tracker@example.org>',
      publicUrl: 'https://tracker.example.org',
      MAIL_POLL_MS: 500,
    });
    expect(loadConfig({ SMTP_URL: 'smtps://smtp.example.org:465' }).SMTP_URL).toBe(
      'smtps://smtp.example.org:465',
    );
  });

  it('names a bad mail server, public address or poll interval', () => {
    let message = '';
    try {
      loadConfig({ SMTP_URL: 'mail.example.org', PUBLIC_URL: 'tracker.example.org', MAIL_POLL_MS: '0' });
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/SMTP_URL: must look like smtp:\/\//);
    expect(message).toMatch(/PUBLIC_URL: Enter the address people open the service at/);
    expect(message).toMatch(/MAIL_POLL_MS/);
  });
});
