import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { PublicTextFinding } from '@partnership-tracker/domain';

export { PERSONAL_DATA_KIND_LABELS } from '@partnership-tracker/domain';

/** What the API's privacy guardrail found in text about to be published. */
export type PersonalDataFinding = PublicTextFinding;

function isFinding(value: unknown): value is PersonalDataFinding {
  const v = value as PersonalDataFinding;
  return typeof v === 'object' && v !== null && typeof v.field === 'string' && typeof v.text === 'string';
}

/** The guardrail's findings in a mutation's error (BAD_USER_INPUT with `personalData`), or none. */
export function personalDataFindings(error: unknown): PersonalDataFinding[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const found = e.extensions?.personalData;
    return Array.isArray(found) ? found.filter(isFinding) : [];
  });
}
