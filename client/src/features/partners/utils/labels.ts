import type { PartnerKind } from '@/__generated__/graphql';

/** In the order the form lists them: the Commissioner's office and police first, 'Other' last. */
export const PARTNER_KINDS: PartnerKind[] = [
  'OPCC',
  'POLICE',
  'LOCAL_AUTHORITY',
  'NATIONAL_PARK',
  'BUSINESS_BODY',
  'CHARITY',
  'COMMUNITY_SCHEME',
  'FIRE_AND_RESCUE',
  'STATUTORY_AGENCY',
  'OTHER',
];

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  OPCC: 'Police and Crime Commissioner’s office',
  POLICE: 'Police',
  LOCAL_AUTHORITY: 'Local authority',
  NATIONAL_PARK: 'National park authority',
  BUSINESS_BODY: 'Business or farming body',
  CHARITY: 'Charity',
  COMMUNITY_SCHEME: 'Community scheme',
  FIRE_AND_RESCUE: 'Fire and rescue service',
  STATUTORY_AGENCY: 'Statutory agency',
  OTHER: 'Other',
};

/** 'https://www.nfuonline.com/' shown as 'www.nfuonline.com'. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
