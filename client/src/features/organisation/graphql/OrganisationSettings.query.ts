import { graphql } from '@/__generated__';

export const OrganisationSettingsFields = graphql(`
  fragment OrganisationSettingsFields on OrganisationSettingsModel {
    version
    serviceName
    organisationName
    logoUrl
    contactEmail
    contactPhone
    postalAddress
    dataControllerName
    dpoName
    dpoEmail
    publicUrl
    mailFromName
    mailFromAddress
    accessibilityCompliance
    accessibilityNonAccessible
    accessibilityTesting
    accessibilityTestedOn
    accessibilityPreparedOn
    accessibilityReviewedOn
    privacyPurposes
    privacyLawfulBasis
    privacyRecipients
    fromEnvironment
    missing {
      accessibility
      privacy
    }
  }
`);

export const OrganisationSettingsQuery = graphql(`
  query OrganisationSettings {
    organisationSettings {
      ...OrganisationSettingsFields
    }
  }
`);

export const UpdateOrganisationSettingsMutation = graphql(`
  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {
    updateOrganisationSettings(input: $input) {
      ...OrganisationSettingsFields
    }
  }
`);
