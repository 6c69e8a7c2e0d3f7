import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { failure, PrivacyReason } from '../graphql/error-reasons.js';
import {
  changedPublicTexts,
  describeFindings,
  findPersonalDataInTexts,
  type PublicRecordKind,
  type PublicText,
  type PublicTextFinding,
} from '@partnership-tracker/domain';

export type { PublicText };
export type ConfirmedFinding = PublicTextFinding;

/**
 * Stops text that looks like personal data from being published unless the writer confirmed it
 * is not. Without confirmation: BAD_USER_INPUT, with a message per field (`fields`) and the
 * findings (`personalData`) so a form can show them. With it: the findings, for the audit trail.
 */
export function guardPublicText(
  texts: readonly PublicText[],
  confirmed: boolean | undefined,
): ConfirmedFinding[] {
  return requireConfirmation(findPersonalDataInTexts(texts), confirmed);
}

/**
 * The guardrail for a record of a kind the public reads: checks each public text the change sets
 * (all of them for a new record, `before` null). Answers what the writer confirmed, for the audit.
 */
export function guardPublicChange(
  kind: PublicRecordKind,
  before: object | null,
  changes: object,
  confirmed: boolean | undefined,
): ConfirmedFinding[] {
  return guardPublicText(changedPublicTexts(kind, before, changes), confirmed);
}

/** The same stop for findings already made, e.g. by row and column of an imported file. */
export function requireConfirmation(
  findings: readonly ConfirmedFinding[],
  confirmed: boolean | undefined,
): ConfirmedFinding[] {
  if (findings.length === 0 || confirmed) return [...findings];
  const fields = [...new Set(findings.map((f) => f.field))].map((field) => ({
    field,
    message: describeFindings(findings.filter((f) => f.field === field)),
  }));
  throw failure(
    PrivacyReason.PERSONAL_DATA_UNCONFIRMED,
    'Some text you are publishing looks like personal data. Remove it, or confirm it is not personal data.',
    { fields, personalData: [...findings], confirmField: 'confirmPersonalData' },
  );
}

/** For the audit row: what the writer confirmed was not personal data, e.g. "PHONE: 01629 123456". */
export function confirmedForAudit(findings: readonly ConfirmedFinding[]): {
  personalDataConfirmed?: string[];
} {
  return findings.length
    ? { personalDataConfirmed: findings.map((f) => `${f.field} ${f.kind}: ${f.text}`) }
    : {};
}

/** The input flag that lets a writer publish text the guardrail flagged. */
export const ConfirmPersonalDataField = () =>
  applyDecorators(
    Field({
      nullable: true,
      description:
        'Set to true to confirm that public text flagged as looking like personal data (a name, email, phone number, postcode or vehicle registration) is not personal data.',
    }),
    IsOptional(),
    IsBoolean({ message: 'confirmPersonalData must be true or false' }),
  );
