import type { PublicTextFinding } from '@partnership-tracker/domain';
import { allExtensions } from '@/utils/graphqlErrors';

export { PERSONAL_DATA_KIND_LABELS } from '@partnership-tracker/domain';

/** What the API's privacy guardrail found in text about to be published. */
export type PersonalDataFinding = PublicTextFinding;

/** The guardrail's findings in a mutation's error (BAD_USER_INPUT with `personalData`), or none. */
export function personalDataFindings(error: unknown): PersonalDataFinding[] {
  // The schema types kind as a string; the API writes only the domain's kinds.
  return allExtensions(error).flatMap((ext) => (ext.personalData ?? []) as PersonalDataFinding[]);
}
