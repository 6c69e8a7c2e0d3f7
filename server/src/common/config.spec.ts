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

  it('limits evidence files to 10 MB unless told otherwise, and keeps them in PostgreSQL by default', () => {
    expect(loadConfig({}).evidenceMaxBytes).toBe(10 * 1024 * 1024);
    expect(loadConfig({ EVIDENCE_MAX_MB: '2.5' }).evidenceMaxBytes).toBe(2.5 * 1024 * 1024);
    expect(() => loadConfig({ EVIDENCE_MAX_MB: '0' })).toThrow(ConfigError);
    expect(loadConfig({})).toMatchObject({ EVIDENCE_STORE: 'postgres', evidenceS3: null });
    expect(() => loadConfig({ EVIDENCE_STORE: 'disk' })).toThrow(/EVIDENCE_STORE/);
  });

  const s3 = {
    EVIDENCE_STORE: 's3',
    S3_ENDPOINT: 'https://s3.eu-west-2.amazonaws.com',
    S3_BUCKET: 'tracker-evidence',
    S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
    S3_SECRET_ACCESS_KEY: 'secret',
  };

  it('takes an S3-compatible store with its four settings, and defaults the region, addressing and prefix', () => {
    expect(loadConfig(s3).evidenceS3).toEqual({
      endpoint: 'https://s3.eu-west-2.amazonaws.com',
      bucket: 'tracker-evidence',
      accessKeyId: 'AKIAEXAMPLE',
      secretAccessKey: 'secret',
      region: 'us-east-1',
      forcePathStyle: true,
      prefix: 'evidence/',
    });
    expect(
      loadConfig({ ...s3, S3_REGION: 'eu-west-2', S3_FORCE_PATH_STYLE: 'false', S3_PREFIX: 'tracker/files/' })
        .evidenceS3,
    ).toMatchObject({ region: 'eu-west-2', forcePathStyle: false, prefix: 'tracker/files/' });
    // Set beside the default store, files kept in the bucket earlier stay readable.
    const { EVIDENCE_STORE: _s3, ...settings } = s3;
    expect(loadConfig(settings)).toMatchObject({
      EVIDENCE_STORE: 'postgres',
      evidenceS3: { bucket: 'tracker-evidence' },
    });
  });

  it('names each S3 setting that is missing or wrong', () => {
    const message = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as Error).message;
      }
      throw new Error('accepted');
    };
    expect(message({ EVIDENCE_STORE: 's3', S3_BUCKET: 'tracker-evidence' })).toBe(
      [
        'Invalid configuration:',
        '  S3_ENDPOINT: is needed when EVIDENCE_STORE=s3',
        '  S3_ACCESS_KEY_ID: is needed when EVIDENCE_STORE=s3',
        '  S3_SECRET_ACCESS_KEY: is needed when EVIDENCE_STORE=s3',
        'See .env.example.',
      ].join('\n'),
    );
    expect(message({ ...s3, S3_ENDPOINT: 's3.amazonaws.com' })).toMatch(
      /S3_ENDPOINT: must be the server's address only/,
    );
    expect(message({ ...s3, S3_ENDPOINT: 'https://s3.example.org/tracker-evidence' })).toMatch(/S3_ENDPOINT/);
    expect(message({ ...s3, S3_ENDPOINT: 'ftp://s3.example.org' })).toMatch(/S3_ENDPOINT/);
    expect(message({ ...s3, S3_BUCKET: 'Tracker_Evidence' })).toMatch(/S3_BUCKET: must be a bucket name/);
    expect(message({ ...s3, S3_PREFIX: '/evidence/' })).toMatch(/S3_PREFIX: .*not starting with \//);
    expect(message({ ...s3, S3_FORCE_PATH_STYLE: 'yes' })).toMatch(/S3_FORCE_PATH_STYLE/);
    expect(message({ ...s3, S3_REGION: 'EU West' })).toMatch(/S3_REGION: must be a region/);
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
