import { ORGANISATION_CONTACTS as C, ORGANISATION_TEXT as T } from '@partnership-tracker/domain';
import { InputType } from '@nestjs/graphql';
import { AccessibilityCompliance } from '../common/graphql/enums.js';
import { ContactField, DateField, EnumField, IntField, TextField } from '../common/graphql/input-fields.js';

const nullable = { presence: 'nullable' } as const;

@InputType({
  description:
    'Changes to the organisation’s settings: a field left out is unchanged, null (or blank) clears it back to its default.',
})
export class UpdateOrganisationSettingsInput {
  @IntField('Version', {
    min: 1,
    max: 2_147_483_647,
    description: 'The version you last read; a stale one gets CONFLICT.',
  })
  expectedVersion!: number;

  @TextField(T.serviceName, nullable) serviceName?: string | null;
  @TextField(T.organisationName, nullable) organisationName?: string | null;
  @ContactField(C.contactEmail.kind, C.contactEmail.label) contactEmail?: string | null;
  @ContactField(C.contactPhone.kind, C.contactPhone.label) contactPhone?: string | null;
  @TextField(T.postalAddress, nullable) postalAddress?: string | null;
  @TextField(T.dataControllerName, nullable) dataControllerName?: string | null;
  @TextField(T.dpoName, nullable) dpoName?: string | null;
  @ContactField(C.dpoEmail.kind, C.dpoEmail.label) dpoEmail?: string | null;
  @ContactField(C.publicUrl.kind, C.publicUrl.label) publicUrl?: string | null;
  @TextField(T.mailFromName, nullable) mailFromName?: string | null;
  @ContactField(C.mailFromAddress.kind, C.mailFromAddress.label) mailFromAddress?: string | null;

  @EnumField(AccessibilityCompliance, {
    presence: 'nullable',
    message: 'Choose how far the service complies',
  })
  accessibilityCompliance?: AccessibilityCompliance | null;

  @TextField(T.accessibilityNonAccessible, nullable) accessibilityNonAccessible?: string | null;
  @TextField(T.accessibilityTesting, nullable) accessibilityTesting?: string | null;
  @DateField(nullable) accessibilityTestedOn?: Date | null;
  @DateField(nullable) accessibilityPreparedOn?: Date | null;
  @DateField(nullable) accessibilityReviewedOn?: Date | null;
  @TextField(T.privacyPurposes, nullable) privacyPurposes?: string | null;
  @TextField(T.privacyLawfulBasis, nullable) privacyLawfulBasis?: string | null;
  @TextField(T.privacyRecipients, nullable) privacyRecipients?: string | null;
}
