import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to embedded PGlite on port 3000 with demo accounts', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 3000,
      embedded: true,
      DATA_DIR: './data/pglite',
      seedDemoUsers: true,
      cookieSecure: false,
    });
  });

  it('uses PostgreSQL when DATABASE_URL is set, without demo accounts unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://x@localhost/db' })).toMatchObject({
      embedded: false,
      seedDemoUsers: false,
    });
    expect(
      loadConfig({ DATABASE_URL: 'postgresql://x@localhost/db', SEED_DEMO_USERS: 'true' }).seedDemoUsers,
    ).toBe(true);
  });

  it('lets browsers send only trusted documents in production, unless told otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).browserDocumentsTrusted).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', BROWSER_DOCUMENTS: 'any' }).browserDocumentsTrusted).toBe(
      false,
    );
    expect(loadConfig({}).browserDocumentsTrusted).toBe(false);
    expect(loadConfig({ BROWSER_DOCUMENTS: 'trusted' }).browserDocumentsTrusted).toBe(true);
    expect(() => loadConfig({ BROWSER_DOCUMENTS: 'some' })).toThrow(/BROWSER_DOCUMENTS/);
  });

  it('limits evidence files to 10 MB unless told otherwise, and refuses the S3 store it does not have yet', () => {
    expect(loadConfig({}).evidenceMaxBytes).toBe(10 * 1024 * 1024);
    expect(loadConfig({ EVIDENCE_MAX_MB: '2.5' }).evidenceMaxBytes).toBe(2.5 * 1024 * 1024);
    expect(() => loadConfig({ EVIDENCE_STORE: 's3' })).toThrow(
      'EVIDENCE_STORE: s3 is planned but not available yet; leave EVIDENCE_STORE unset',
    );
    expect(() => loadConfig({ EVIDENCE_MAX_MB: '0' })).toThrow(ConfigError);
  });

  it('names every bad variable in one clear message', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://nope' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://nope' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/DATABASE_URL: must start with postgresql:\/\//);
    }
  });

  it('runs at another date only outside production, and refuses a bad CLOCK_START', () => {
    expect(loadConfig({ CLOCK_START: '2027-06-15' }).CLOCK_START).toBe('2027-06-15');
    expect(loadConfig({ NODE_ENV: 'test', CLOCK_START: '2027-06-15T10:30:00Z' }).CLOCK_START).toBe(
      '2027-06-15T10:30:00Z',
    );
    expect(() => loadConfig({ NODE_ENV: 'production', CLOCK_START: '2027-06-15' })).toThrow(
      /CLOCK_START: is for tests and demos only/,
    );
    expect(() => loadConfig({ CLOCK_START: 'next tuesday' })).toThrow(/CLOCK_START: must be a date/);
  });
  it('checks single sign-on providers at start, and refuses break-glass with nobody to let in', () => {
    const entra = {
      id: 'entra-derbyshire',
      name: 'Derbyshire Constabulary',
      issuer: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
      clientId: 'abc',
      clientSecret: 'secret',
      emailVerifiedClaim: 'xms_edov',
    };
    expect(loadConfig({ OIDC_PROVIDERS: JSON.stringify([entra]) }).OIDC_PROVIDERS).toEqual([
      { ...entra, scopes: 'openid email profile' },
    ]);
    expect(loadConfig({}).OIDC_PROVIDERS).toBeUndefined();
    const refused = (env: Record<string, string>) => () => loadConfig(env);
    expect(refused({ OIDC_PROVIDERS: 'not json' })).toThrow(/OIDC_PROVIDERS: must be a JSON list/);
    expect(
      refused({ OIDC_PROVIDERS: JSON.stringify([{ ...entra, issuer: 'http://idp.example.org' }]) }),
    ).toThrow(/must be an https:\/\/ address/);
    expect(refused({ OIDC_PROVIDERS: JSON.stringify([entra, entra]) })).toThrow(
      /each provider id must be used once/,
    );
    expect(refused({ OIDC_PROVIDERS: JSON.stringify([{ ...entra, scopes: 'email' }]) })).toThrow(
      /must include openid/,
    );
    expect(refused({ OIDC_PROVIDERS: JSON.stringify([{ ...entra, secret: 'typo' }]) })).toThrow(ConfigError);
    expect(refused({ PASSWORD_SIGN_IN: 'break-glass' })).toThrow(
      /break-glass needs OIDC_PROVIDERS and BREAK_GLASS_EMAILS/,
    );
    expect(
      loadConfig({
        OIDC_PROVIDERS: JSON.stringify([entra]),
        PASSWORD_SIGN_IN: 'break-glass',
        BREAK_GLASS_EMAILS: ' Admin@Example.org ,second@example.org',
      }).BREAK_GLASS_EMAILS,
    ).toEqual(['admin@example.org', 'second@example.org']);
  });
});
