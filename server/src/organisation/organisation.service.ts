import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_SERVICE_NAME, LOGO, logoType, statementMissing } from '@partnership-tracker/domain';
import { AuditService } from '../audit/audit.service.js';
import { requireAdmin } from '../common/auth/access.js';
import type { Viewer } from '../common/auth/viewer.js';
import { APP_CONFIG, parseMailbox, type AppConfig } from '../common/config.js';
import { badInput, conflict } from '../common/graphql/errors.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { OrganisationSettings as Row, Prisma } from '../generated/prisma/client.js';
import type { UpdateOrganisationSettingsInput } from './organisation.inputs.js';

/** The row's fields that are settings (everything but the id, the logo's bytes and bookkeeping). */
export type SettingsFields = Omit<Row, 'id' | 'logo' | 'version' | 'updatedAt'>;

/** The settings in force: each field's own value, or its environment default, or the built-in one. */
export interface EffectiveSettings extends SettingsFields {
  serviceName: string;
  publicUrl: string;
  mailFromName: string | null;
  mailFromAddress: string;
  version: number;
  hasLogo: boolean;
  /** Changes whenever the logo does: for its address, so caches fetch the new one. */
  logoTag: string | null;
  /** The fields whose value comes from the server's environment, not from the settings page ('logo' too). */
  fromEnvironment: (keyof SettingsFields | 'logo')[];
  /** What each statement still needs before it is complete, in words. */
  missing: { accessibility: string[]; privacy: string[] };
}

export interface MailFrom {
  name: string;
  address: string;
}

export interface Logo {
  bytes: Uint8Array;
  contentType: string;
}

/** The logo's problem, or null: the one check for an uploaded file and for REPORT_LOGO's. */
export function logoProblem(bytes: Uint8Array): string | null {
  if (bytes.length > LOGO.maxBytes) return LOGO.tooBig;
  return logoType(bytes) ? null : LOGO.wrongType;
}

/** The logo file named by REPORT_LOGO, checked at start so a bad one stops the server at once. */
export function readLogoFile(path: string): Logo {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`REPORT_LOGO: cannot read ${path} (${(error as Error).message})`, { cause: error });
  }
  const problem = logoProblem(bytes);
  if (problem) throw new Error(`REPORT_LOGO: ${path}: ${problem}`);
  return { bytes: new Uint8Array(bytes), contentType: logoType(bytes)! };
}

/** Where the logo is served, with its tag so a changed logo is a new address for caches. */
export const logoUrl = (s: Pick<EffectiveSettings, 'hasLogo' | 'logoTag'>) =>
  s.hasLogo ? `/public/logo?v=${s.logoTag}` : null;

/** Who runs the site, as every page's header shows it. */
export const siteIdentity = (s: EffectiveSettings) => ({
  serviceName: s.serviceName,
  organisationName: s.organisationName,
  logoUrl: logoUrl(s),
});

type Db = Pick<Prisma.TransactionClient, '$queryRaw'>;

const day = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

const ID = 1;

/**
 * The organisation running this installation: its settings as in force (the settings page's,
 * then the environment's, then the built-in defaults), and the admins' changes to them, each
 * checked, versioned and audited. The public pages, emails and reports read `current()`.
 */
@Injectable()
export class OrganisationService {
  private readonly defaults: Partial<SettingsFields>;
  private readonly defaultLogo: Logo | null;

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const from = parseMailbox(config.MAIL_FROM)!;
    this.defaults = {
      serviceName: config.ORG_SERVICE_NAME ?? null,
      organisationName: config.ORG_NAME ?? null,
      contactEmail: config.ORG_CONTACT_EMAIL ?? null,
      contactPhone: config.ORG_CONTACT_PHONE ?? null,
      postalAddress: config.ORG_POSTAL_ADDRESS ?? null,
      dataControllerName: config.ORG_DATA_CONTROLLER ?? null,
      dpoName: config.ORG_DPO_NAME ?? null,
      dpoEmail: config.ORG_DPO_EMAIL ?? null,
      publicUrl: config.PUBLIC_URL ? config.publicUrl : null,
      mailFromName: from.name,
      mailFromAddress: from.address,
      accessibilityCompliance: config.ORG_ACCESSIBILITY_COMPLIANCE ?? null,
      accessibilityNonAccessible: config.ORG_ACCESSIBILITY_NON_ACCESSIBLE ?? null,
      accessibilityTesting: config.ORG_ACCESSIBILITY_TESTING ?? null,
      accessibilityTestedOn: day(config.ORG_ACCESSIBILITY_TESTED_ON),
      accessibilityPreparedOn: day(config.ORG_ACCESSIBILITY_PREPARED_ON),
      accessibilityReviewedOn: day(config.ORG_ACCESSIBILITY_REVIEWED_ON),
      privacyPurposes: config.ORG_PRIVACY_PURPOSES ?? null,
      privacyLawfulBasis: config.ORG_PRIVACY_LAWFUL_BASIS ?? null,
      privacyRecipients: config.ORG_PRIVACY_RECIPIENTS ?? null,
    };
    this.defaultLogo = config.REPORT_LOGO ? readLogoFile(config.REPORT_LOGO) : null;
  }

  private async row(db: Db): Promise<Omit<Row, 'logo'> & { hasLogo: boolean; logoHash: string | null }> {
    const [row] = await db.$queryRaw<(Omit<Row, 'logo'> & { logoHash: string | null })[]>`
      SELECT "id", "serviceName", "organisationName", "contactEmail", "contactPhone", "postalAddress",
             "dataControllerName", "dpoName", "dpoEmail", "publicUrl", "mailFromName", "mailFromAddress",
             "logoContentType", "accessibilityCompliance", "accessibilityNonAccessible",
             "accessibilityTesting", "accessibilityTestedOn", "accessibilityPreparedOn",
             "accessibilityReviewedOn", "privacyPurposes", "privacyLawfulBasis", "privacyRecipients",
             "version", "updatedAt", md5("logo") AS "logoHash"
      FROM "OrganisationSettings" WHERE "id" = ${ID}`;
    if (!row) return { ...emptyRow(), hasLogo: false, logoHash: null };
    return { ...row, hasLogo: row.logoHash !== null };
  }

  /**
   * The settings in force now. One small query: read afresh by every page, email and report.
   * Inside a transaction, pass it (`db`): embedded PGlite has one connection, which it holds.
   */
  async current(db: Db = this.prisma): Promise<EffectiveSettings> {
    const row = await this.row(db);
    const fromEnvironment: (keyof SettingsFields | 'logo')[] = [];
    const merged = { ...row } as Record<string, unknown>;
    for (const [key, value] of Object.entries(this.defaults) as [keyof SettingsFields, unknown][]) {
      if ((merged[key] === null || merged[key] === undefined) && value !== null && value !== undefined) {
        merged[key] = value;
        fromEnvironment.push(key);
      }
    }
    const settings = merged as unknown as SettingsFields;
    const hasLogo = row.hasLogo || this.defaultLogo !== null;
    if (!row.hasLogo && this.defaultLogo) fromEnvironment.push('logo');
    return {
      ...settings,
      serviceName: settings.serviceName ?? DEFAULT_SERVICE_NAME,
      publicUrl: (settings.publicUrl ?? this.config.publicUrl).replace(/\/+$/, ''),
      mailFromAddress: settings.mailFromAddress!,
      version: row.version,
      hasLogo,
      logoTag: row.hasLogo
        ? row.logoHash!.slice(0, 12)
        : this.defaultLogo
          ? createHash('md5').update(this.defaultLogo.bytes).digest('hex').slice(0, 12)
          : null,
      fromEnvironment,
      missing: {
        accessibility: statementMissing('accessibility', settings),
        privacy: statementMissing('privacy', settings),
      },
    };
  }

  /** The logo in force: the uploaded one, or REPORT_LOGO's; null if neither. */
  async logo(): Promise<Logo | null> {
    const row = await this.prisma.organisationSettings.findUnique({
      where: { id: ID },
      select: { logo: true, logoContentType: true },
    });
    if (row?.logo && row.logoContentType) return { bytes: row.logo, contentType: row.logoContentType };
    return this.defaultLogo;
  }

  /** An email's sender: the settings' name and address. */
  async mailFrom(): Promise<MailFrom> {
    const s = await this.current();
    return { name: s.mailFromName ?? '', address: s.mailFromAddress };
  }

  /** Admins: changes the fields given (null clears one, back to its default). */
  async update(viewer: Viewer, input: UpdateOrganisationSettingsInput): Promise<EffectiveSettings> {
    requireAdmin(viewer, 'updateOrganisationSettings');
    const { expectedVersion, ...changes } = input;
    const data = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    await this.write(viewer, expectedVersion, data);
    return this.current();
  }

  /** Admins: a new logo (checked by its bytes, not its name), or none with null. */
  async setLogo(viewer: Viewer, bytes: Uint8Array | null): Promise<EffectiveSettings> {
    requireAdmin(viewer, 'updateOrganisationSettings');
    if (bytes) {
      const problem = logoProblem(bytes);
      if (problem) throw badInput([{ field: 'file', message: problem }], problem);
    }
    await this.write(viewer, null, {
      logo: bytes ? new Uint8Array(bytes) : null,
      logoContentType: bytes ? logoType(bytes) : null,
    });
    return this.current();
  }

  private async write(viewer: Viewer, expectedVersion: number | null, data: Record<string, unknown>) {
    await this.prisma.$transaction(async (tx) => {
      const before = await tx.organisationSettings.findUnique({ where: { id: ID } });
      const version = before?.version ?? 1;
      if (expectedVersion !== null && expectedVersion !== version) {
        throw conflict(
          'Someone else changed the settings since you opened them. Reload the page to see their changes.',
        );
      }
      const after = await tx.organisationSettings.upsert({
        where: { id: ID },
        create: { id: ID, ...data, version: version + 1 },
        update: { ...data, version: { increment: 1 } },
      });
      await this.audit.recordChange(tx, viewer, {
        operation: 'updateOrganisationSettings',
        recordType: 'OrganisationSettings',
        recordId: String(ID),
        before: forAudit(before),
        after: forAudit(after),
      });
    });
  }
}

/** A logo is recorded in the audit trail by its type, size and digest, not its bytes. */
function forAudit(row: Row | null): object | null {
  if (!row) return null;
  const { logo, version: _v, ...rest } = row;
  return {
    ...rest,
    logo: logo
      ? `${row.logoContentType}, ${logo.length} bytes, sha256 ${createHash('sha256').update(logo).digest('hex').slice(0, 16)}`
      : null,
  };
}

function emptyRow(): Omit<Row, 'logo'> {
  return {
    id: ID,
    serviceName: null,
    organisationName: null,
    contactEmail: null,
    contactPhone: null,
    postalAddress: null,
    dataControllerName: null,
    dpoName: null,
    dpoEmail: null,
    publicUrl: null,
    mailFromName: null,
    mailFromAddress: null,
    logoContentType: null,
    accessibilityCompliance: null,
    accessibilityNonAccessible: null,
    accessibilityTesting: null,
    accessibilityTestedOn: null,
    accessibilityPreparedOn: null,
    accessibilityReviewedOn: null,
    privacyPurposes: null,
    privacyLawfulBasis: null,
    privacyRecipients: null,
    version: 1,
    updatedAt: new Date(0),
  };
}
