import { Extensions } from '@nestjs/graphql';

/**
 * What a field's value is read from, declared where the field is, for the dashboard cache
 * (plans/dashboard-cache.ts): on an object type, the table its plain fields are columns of;
 * on a resolved field, every table its resolver reads. A cached answer may hold a field only
 * when the cache's fingerprint covers every table it names. Names that are not tables say why a
 * field is never cached ('AllActions', 'AllPriorities': those of every plan, beyond one plan's
 * fingerprint).
 * `@ReadsFrom()` with none: computed from its parent alone, such as a rollup's counts.
 */
export const READS_FROM = 'readsFrom';

export type Source =
  | 'Plan'
  | 'Priority'
  | 'Action'
  | 'ActionSupporter'
  | 'ActionUpdate'
  | 'Milestone'
  | 'Partner'
  | 'Indicator'
  | 'IndicatorPriority'
  | 'IndicatorMeasurement'
  | 'IndicatorMeasurementRevision'
  | 'IndicatorDefinitionChange'
  | 'AuditEvent'
  | 'ReviewCycle'
  | 'ReviewEntry'
  | 'QuarterSnapshot'
  | 'User'
  | 'UpdateLink'
  | 'ImportRun'
  | 'ReportRun'
  | 'PublicQuestion'
  | 'FollowUp'
  | 'OrganisationSettings'
  | 'SetupToken'
  | 'UserIdentity'
  | 'PartnerDomain'
  | 'IdentityProviderState'
  | 'Amendment'
  | 'PlanVersion'
  | 'AllActions'
  | 'EvidenceFile'
  | 'AllPriorities';

export const ReadsFrom = (...sources: Source[]) => Extensions({ [READS_FROM]: sources });

/** The sources a field declares, or its type's for a plain column, or null when neither says. */
export function sourcesOf(
  type: { extensions?: Record<string, unknown> | null },
  field: { extensions?: Record<string, unknown> | null },
): readonly Source[] | null {
  const own = field.extensions?.[READS_FROM] ?? type.extensions?.[READS_FROM];
  return Array.isArray(own) ? (own as Source[]) : null;
}
