import { settingsFormValues, settingsSchema } from './settingsForm';
import type { OrganisationSettingsFieldsFragment } from '@/__generated__/graphql';

const SETTINGS = {
  __typename: 'OrganisationSettingsModel',
  version: 3,
  serviceName: 'Partnership Tracker',
  organisationName: 'Office of the PCC for Loamshire',
  logoUrl: null,
  contactEmail: 'hello@loamshire.example.org',
  contactPhone: null,
  postalAddress: null,
  dataControllerName: null,
  dpoName: null,
  dpoEmail: null,
  publicUrl: 'https://tracker.loamshire.example.org',
  mailFromName: null,
  mailFromAddress: 'no-reply@loamshire.example.org',
  accessibilityCompliance: 'PARTIALLY',
  accessibilityNonAccessible: null,
  accessibilityTesting: null,
  accessibilityTestedOn: '2026-11-20',
  accessibilityPreparedOn: null,
  accessibilityReviewedOn: null,
  privacyPurposes: null,
  privacyLawfulBasis: null,
  privacyRecipients: null,
  fromEnvironment: ['contactEmail', 'publicUrl', 'mailFromAddress'],
  missing: { __typename: 'StatementsMissing', accessibility: [], privacy: [] },
} as OrganisationSettingsFieldsFragment;

describe('the organisation settings form', () => {
  it('leaves the environment’s defaults out of the boxes, so saving does not copy them into the settings', () => {
    const values = settingsFormValues(SETTINGS);
    expect(values.organisationName).toBe('Office of the PCC for Loamshire');
    expect(values.contactEmail).toBe('');
    expect(values.publicUrl).toBe('');
    expect(values.accessibilityTestedOn).toEqual({ day: '20', month: '11', year: '2026' });
    expect(values.accessibilityCompliance).toBe('PARTIALLY');
  });

  it('checks contact details as the API does, and sends empty boxes as none', () => {
    const values = settingsFormValues(SETTINGS);
    const bad = settingsSchema.safeParse({
      ...values,
      contactEmail: 'hello at loamshire',
      contactPhone: 'call us',
      publicUrl: 'tracker.loamshire',
    });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({
      contactEmail: 'Enter an email address in the correct format, like name@example.org',
      contactPhone: 'Enter a telephone number, like 01629 000000',
      publicUrl: 'Enter the address people open the service at, like https://tracker.example.org',
    });
    const ok = settingsSchema.parse({ ...values, dpoName: '  ', accessibilityCompliance: '' });
    expect(ok.dpoName).toBeNull();
    expect(ok.contactEmail).toBeNull();
    expect(ok.accessibilityCompliance).toBeNull();
    expect(ok.accessibilityTestedOn).toBe('2026-11-20');
  });
});
