import { fileURLToPath } from 'node:url';
import { clockStartOf } from './clock.js';
import { z } from 'zod';
import {
  ACCESSIBILITY_COMPLIANCE,
  contactProblem,
  EVIDENCE_DEFAULT_MAX_MB,
  ORGANISATION_TEXT,
  textLengthProblem,
  textProblem,
  type ContactKind,
  type TextLimit,
} from '@partnership-tracker/domain';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** An organisation default: the same limit the settings page applies (domain ORGANISATION_TEXT). */
const orgText = (limit: TextLimit) =>
  z
    .string()
    .transform((v) => v.replace(/\\n/g, '\n').trim())
    .superRefine((v, ctx) => {
      const problem = textProblem(v) ?? textLengthProblem(v, limit);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional();
/** A day, as YYYY-MM-DD, that is a real date. */
const orgDay = z
  .string()
  .trim()
  .refine((v) => {
    const day = new Date(`${v}T00:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(v);
  }, 'must be a real date like 2026-12-06')
  .optional();

/** An organisation default that is a contact detail, in the settings page's format (domain CONTACT). */
const orgContact = (kind: ContactKind) =>
  z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      const problem = contactProblem(kind, v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional();

/** A single sign-on provider in OIDC_PROVIDERS (docs/operations.md#single-sign-on). */
const oidcProvider = z
  .object({
    // In the sign-in and callback addresses: /auth/oidc/<id>/callback.
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be lower-case letters, digits and hyphens'),
    // The button says "Sign in with <name>".
    name: z.string().trim().min(1).max(80),
    issuer: z
      .string()
      .url()
      .refine((v) => {
        const url = new URL(v);
        // Plain http only to this machine, for the tests' and a developer's local provider.
        return url.protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
      }, 'must be an https:// address'),
    clientId: z.string().min(1).max(400),
    clientSecret: z.string().min(1).max(2000).optional(),
    scopes: z
      .string()
      .default('openid email profile')
      .refine((v) => v.split(/\s+/).includes('openid'), 'must include openid'),
    // The claim that says the provider verified the address: Entra ID's is xms_edov.
    emailVerifiedClaim: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]{0,39}$/, 'must be a claim name such as email_verified')
      .default('email_verified'),
  })
  .strict();

export type OidcProviderConfig = z.infer<typeof oidcProvider>;

/** OIDC_PROVIDERS: a JSON list of providers, each id used once. */
const oidcProviders = z
  .string()
  .transform((v, ctx) => {
    try {
      return JSON.parse(v) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON list of providers' });
      return z.NEVER;
    }
  })
  .pipe(z.array(oidcProvider).max(50))
  .refine(
    (list) => new Set(list.map((p) => p.id)).size === list.length,
    'each provider id must be used once',
  );

const emailList = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean),
  )
  .refine(
    (list) => list.every((e) => /^[^\s@]+@[^\s@]+$/.test(e)),
    'must be email addresses separated by commas',
  );

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgresql:// (leave it unset for embedded PGlite)')
    .optional(),
  // Read replicas of DATABASE_URL, comma-separated: plain GraphQL queries read from them
  // (docs/scaling.md). PostgreSQL only.
  DATABASE_REPLICA_URLS: z
    .string()
    .regex(
      /^(postgres(ql)?:\/\/[^,\s]+)(,\s*postgres(ql)?:\/\/[^,\s]+)*$/,
      'must be postgresql:// URLs separated by commas',
    )
    .optional(),
  // Memory per instance for cached plan dashboards, in MB; 0 turns the cache off.
  DASHBOARD_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  // The run of a query text at which it is compiled (graphql-jit); 0 never compiles. The tests
  // set 1, so every operation they send runs compiled (common/graphql/jit-executor.ts).
  GRAPHQL_COMPILE_AT_RUN: z.coerce.number().int().min(0).max(1000).default(2),
  // What a browser may send: 'trusted' runs only the client's own operations (its build's
  // trusted-documents.json), 'any' runs any document. Scripts, which send no browser headers, may
  // always send any document under the usual limits. Default: trusted in production.
  BROWSER_DOCUMENTS: z.enum(['trusted', 'any']).optional(),
  DATA_DIR: z.string().min(1).default('./data/pglite'),
  // How long a starting process waits for another to let go of DATA_DIR before it stops.
  DATA_DIR_LOCK_WAIT_SECONDS: z.coerce.number().min(0).max(600).default(10),
  // An embedded database archive (as `npm run backup` writes) that a new DATA_DIR starts from.
  DATA_DIR_TEMPLATE: z.string().min(1).optional(),
  // How long a stopping server lets requests in flight finish before it closes (docs/operations.md).
  SHUTDOWN_DRAIN_SECONDS: z.coerce.number().min(0).max(300).default(10),
  SEED_ON_START: bool.optional(),
  SEED_DEMO_USERS: bool.optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  COOKIE_SECURE: bool.optional(),
  // Single sign-on: the OpenID Connect providers people may sign in with (a JSON list).
  OIDC_PROVIDERS: oidcProviders.optional(),
  // 'break-glass' switches the password form off for everyone but the BREAK_GLASS_EMAILS admins.
  PASSWORD_SIGN_IN: z.enum(['everyone', 'break-glass']).default('everyone'),
  BREAK_GLASS_EMAILS: emailList.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CLIENT_DIST: z.string().optional(),
  // Behind a reverse proxy, which hops to trust for the client address (X-Forwarded-For):
  // 'false' (default: trust none), a number of hops, or addresses such as 'loopback'.
  TRUST_PROXY: z.string().default('false'),
  // How often to check for progress reminders to send; 0 turns them off. Default hourly.
  REMINDER_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 86_400_000)
    .default(3_600_000),
  // Email: unset SMTP_URL writes each email to the log instead of sending it.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/\s]+/, 'must look like smtp://user:password@host:587 or smtps://host:465')
    .optional(),
  // The default email sender, "Name <address>" or an address: the settings page can change it.
  MAIL_FROM: z
    .string()
    .max(200)
    .refine(
      (v) => parseMailbox(v) !== null,
      'must be an email address, or a name and one: Tracker <no-reply@example.org>',
    )
    .default('Partnership Tracker <no-reply@localhost>'),
  // The settings page's 'Public web address' has the same rule (domain CONTACT.publicAddress).
  PUBLIC_URL: orgContact('publicAddress'),
  // The organisation's settings, for deployments configured as code: each is the default of the
  // field on the admins' Organisation settings page, used until an admin fills it in there.
  ORG_SERVICE_NAME: orgText(ORGANISATION_TEXT.serviceName),
  ORG_NAME: orgText(ORGANISATION_TEXT.organisationName),
  ORG_CONTACT_EMAIL: orgContact('email'),
  ORG_CONTACT_PHONE: orgContact('phone'),
  ORG_POSTAL_ADDRESS: orgText(ORGANISATION_TEXT.postalAddress),
  ORG_DATA_CONTROLLER: orgText(ORGANISATION_TEXT.dataControllerName),
  ORG_DPO_NAME: orgText(ORGANISATION_TEXT.dpoName),
  ORG_DPO_EMAIL: orgContact('email'),
  // The statements' own parts. In an environment file, write a paragraph break as \n\n.
  ORG_ACCESSIBILITY_COMPLIANCE: z.enum(ACCESSIBILITY_COMPLIANCE).optional(),
  ORG_ACCESSIBILITY_NON_ACCESSIBLE: orgText(ORGANISATION_TEXT.accessibilityNonAccessible),
  ORG_ACCESSIBILITY_TESTING: orgText(ORGANISATION_TEXT.accessibilityTesting),
  ORG_ACCESSIBILITY_TESTED_ON: orgDay,
  ORG_ACCESSIBILITY_PREPARED_ON: orgDay,
  ORG_ACCESSIBILITY_REVIEWED_ON: orgDay,
  ORG_PRIVACY_PURPOSES: orgText(ORGANISATION_TEXT.privacyPurposes),
  ORG_PRIVACY_LAWFUL_BASIS: orgText(ORGANISATION_TEXT.privacyLawfulBasis),
  ORG_PRIVACY_RECIPIENTS: orgText(ORGANISATION_TEXT.privacyRecipients),
  // Retention (docs/operations.md#retention): after how many days the retention job deletes each
  // kind of record. The privacy notice states the same periods.
  RETENTION_SENT_EMAIL_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  RETENTION_SESSION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  RETENTION_IMPORT_FILE_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  RETENTION_REPORT_FILE_DAYS: z.coerce.number().int().min(1).max(3650).default(730),
  RETENTION_REFUSED_AUDIT_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  // Evidence files uploaded but never attached to an update or a milestone (docs/guides/evidence.md).
  RETENTION_UNATTACHED_EVIDENCE_DAYS: z.coerce.number().int().min(1).max(3650).default(1),
  // How often the retention job looks for what is due, at most daily; 0 turns it off. Default daily.
  RETENTION_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(86_400_000),
  MAIL_POLL_MS: z.coerce.number().int().min(100).max(3_600_000).default(2000),
  // Evidence files (docs/decisions/0007-evidence-file-storage.md): the largest file in MB, and
  // where new files' bytes go: 'postgres' (chunks in the database, in its backups) or 's3' (an
  // S3-compatible bucket, which the operator backs up with the database).
  EVIDENCE_MAX_MB: z.coerce.number().min(0.01).max(1024).default(EVIDENCE_DEFAULT_MAX_MB),
  EVIDENCE_STORE: z.enum(['postgres', 's3']).default('postgres'),
  // The S3-compatible store (docs/operations.md#evidence-files). Required with EVIDENCE_STORE=s3;
  // set with 'postgres' too, files kept there earlier stay readable.
  S3_ENDPOINT: z
    .string()
    .refine((v) => {
      const url = URL.canParse(v) ? new URL(v) : null;
      return url !== null && /^https?:$/.test(url.protocol) && ['', '/'].includes(url.pathname);
    }, "must be the server's address only, such as https://s3.eu-west-2.amazonaws.com (the bucket is S3_BUCKET)")
    .optional(),
  S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'must be a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens',
    )
    .optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).max(200).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).max(400).optional(),
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/, 'must be a region such as eu-west-2')
    .default('us-east-1'),
  // Path-style addresses (https://host/bucket/key) work with every S3-compatible server.
  S3_FORCE_PATH_STYLE: bool.default(true),
  // Where in the bucket the files go: each file is one object, <prefix><file id>.
  S3_PREFIX: z
    .string()
    .max(200)
    .regex(
      /^(?!\/)[A-Za-z0-9!_.*'()/-]*$/,
      "must be letters, digits and / - _ . ! * ' ( ), not starting with /",
    )
    .default('evidence/'),
  // The organisation's logo for the Panel report's cover: a PNG or JPEG file of at most 1 MB.
  REPORT_LOGO: z.string().min(1).optional(),
  // Run the app at another date, for tests and demos: a date like 2027-02-15 (09:00 UTC) or an
  // instant; the clock runs on from there. Refused in production (see loadConfig).
  CLOCK_START: z
    .string()
    .refine(
      (v) => clockStartOf(v) !== null,
      'must be a date like 2027-02-15 or an instant like 2027-02-15T10:30:00Z',
    )
    .optional(),
});

/** "Name <address>" or "address" as its two parts; null if it is neither. */
export function parseMailbox(value: string): { name: string | null; address: string } | null {
  const named = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value);
  if (named) return { name: named[1]!.trim() || null, address: named[2]! };
  const bare = value.trim();
  return /^[^\s@<>]+@[^\s@<>]+$/.test(bare) ? { name: null, address: bare } : null;
}

export type AppConfig = z.infer<typeof schema> & {
  /** Embedded PGlite when no DATABASE_URL is given. */
  embedded: boolean;
  /** Load the DPARC seed into an empty database on start (default: on the embedded database only). */
  seedOnStart: boolean;
  seedDemoUsers: boolean;
  cookieSecure: boolean;
  /** Where people open the app, for links in emails: PUBLIC_URL without a trailing slash. */
  publicUrl: string;
  /** The built client the server serves: CLIENT_DIST, or client/dist beside the server. */
  clientDist: string;
  /** Whether a browser may send only the client's own operations (BROWSER_DOCUMENTS). */
  browserDocumentsTrusted: boolean;
  /** The largest evidence file, in bytes (EVIDENCE_MAX_MB). */
  evidenceMaxBytes: number;
  /** The S3-compatible store, when all its S3_ settings are given (required with EVIDENCE_STORE=s3). */
  evidenceS3: EvidenceS3Settings | null;
};

export interface EvidenceS3Settings {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  forcePathStyle: boolean;
  /** Each file is the object <prefix><file id>. */
  prefix: string;
}

const S3_REQUIRED = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

/** The client's build, where `npm run build` puts it beside the server's. */
export const DEFAULT_CLIENT_DIST = fileURLToPath(new URL('../../../client/dist', import.meta.url));

export class ConfigError extends Error {}

/** Reads and validates the environment once, with a message that names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example.`);
  }
  const c = parsed.data;
  if (c.NODE_ENV === 'production' && c.CLOCK_START) {
    throw new ConfigError(
      'Invalid configuration:\n  CLOCK_START: is for tests and demos only; production runs on the real clock.\nSee .env.example.',
    );
  }
  if (c.PASSWORD_SIGN_IN === 'break-glass' && (!c.OIDC_PROVIDERS?.length || !c.BREAK_GLASS_EMAILS?.length)) {
    throw new ConfigError(
      'Invalid configuration:\n  PASSWORD_SIGN_IN: break-glass needs OIDC_PROVIDERS and BREAK_GLASS_EMAILS, or nobody could sign in.\nSee .env.example.',
    );
  }
  const missingS3 = S3_REQUIRED.filter((key) => !c[key]);
  if (c.EVIDENCE_STORE === 's3' && missingS3.length) {
    const lines = missingS3.map((key) => `  ${key}: is needed when EVIDENCE_STORE=s3`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example.`);
  }
  const embedded = !c.DATABASE_URL;
  return {
    ...c,
    embedded,
    seedOnStart: c.SEED_ON_START ?? embedded,
    // Demo accounts with a published password only belong on the embedded demo database.
    seedDemoUsers: c.SEED_DEMO_USERS ?? embedded,
    cookieSecure: c.COOKIE_SECURE ?? c.NODE_ENV === 'production',
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
    clientDist: c.CLIENT_DIST ?? DEFAULT_CLIENT_DIST,
    browserDocumentsTrusted:
      (c.BROWSER_DOCUMENTS ?? (c.NODE_ENV === 'production' ? 'trusted' : 'any')) === 'trusted',
    evidenceMaxBytes: Math.round(c.EVIDENCE_MAX_MB * 1024 * 1024),
    evidenceS3:
      missingS3.length === 0
        ? {
            endpoint: c.S3_ENDPOINT!,
            bucket: c.S3_BUCKET!,
            accessKeyId: c.S3_ACCESS_KEY_ID!,
            secretAccessKey: c.S3_SECRET_ACCESS_KEY!,
            region: c.S3_REGION,
            forcePathStyle: c.S3_FORCE_PATH_STYLE,
            prefix: c.S3_PREFIX,
          }
        : null,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
