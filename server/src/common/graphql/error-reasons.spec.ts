import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import {
  AccessReason,
  ActionReason,
  AmendmentReason,
  CODE_OF_REASON,
  ContributionReason,
  ERROR_REASONS,
  EvidenceReason,
  type ErrorReason,
  failure,
  ImportReason,
  PrivacyReason,
  RequestReason,
  UpdateLinkReason,
} from './error-reasons.js';
import { ErrorCode } from './errors.js';

const DOMAINS = [
  RequestReason,
  AccessReason,
  ActionReason,
  PrivacyReason,
  ImportReason,
  AmendmentReason,
  UpdateLinkReason,
  ContributionReason,
  EvidenceReason,
];

describe('error reasons', () => {
  it('maps every reason of every domain to one of the API’s codes', () => {
    const reasons = DOMAINS.flatMap((domain) => Object.values(domain) as ErrorReason[]);
    // No two domains share a reason's name, so a reason says which domain it is from.
    expect(new Set(reasons).size).toBe(reasons.length);
    expect([...ERROR_REASONS].sort()).toEqual([...reasons].sort());
    for (const reason of reasons) {
      expect(Object.values(ErrorCode)).toContain(CODE_OF_REASON[reason]);
    }
  });

  it('builds errors whose code comes from the mapping, with the reason beside it', () => {
    const error = failure(ActionReason.RAG_REASON_REQUIRED, 'Say why', { suggestedRag: 'RED' as never });
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'RAG_REASON_REQUIRED',
      suggestedRag: 'RED',
    });
    expect(failure(UpdateLinkReason.UNKNOWN, 'No such link').extensions.code).toBe('NOT_FOUND');
  });

  it('lists every reason in the schema, so the client’s codegen types them', () => {
    const schema = buildSchema(readFileSync(new URL('../../../schema.gql', import.meta.url), 'utf8'));
    const values = (schema.getType('ErrorReason') as GraphQLEnumType).getValues().map((v) => v.value);
    expect([...values].sort()).toEqual([...ERROR_REASONS].sort());
  });
});
