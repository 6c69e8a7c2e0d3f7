import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { COMPLIANCE_WORDS, ORGANISATION_DATES, ORGANISATION_TEXT } from '@partnership-tracker/domain';
import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { getFragmentData } from '@/__generated__';
import type { OrganisationSettingsFieldsFragment } from '@/__generated__/graphql';
import { CharacterCount } from '@/components/CharacterCount';
import { Radios } from '@/components/Checkboxes';
import { DateInput } from '@/components/DateInput';
import { FormPage } from '@/components/FormPage';
import { NotificationBanner } from '@/components/NotificationBanner';
import { QueryResult } from '@/components/QueryResult';
import { TextInput } from '@/components/TextInput';
import { WarningText } from '@/components/WarningText';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { LogoForm, type LogoStatus } from '@/features/organisation/components/LogoForm';
import {
  OrganisationSettingsFields,
  OrganisationSettingsQuery,
  UpdateOrganisationSettingsMutation,
} from '@/features/organisation/graphql/OrganisationSettings.query';
import { SiteQuery } from '@/features/organisation/graphql/Site.query';
import {
  SETTINGS_FIELDS,
  settingsFormValues,
  settingsSchema,
  type SettingsFormOutput,
  type SettingsFormValues,
} from '@/features/organisation/utils/settingsForm';
import { useFormPage } from '@/hooks/useFormPage';
import { fieldProps } from '@/utils/fieldProps';

type Settings = OrganisationSettingsFieldsFragment;

const T = ORGANISATION_TEXT;

/** What the statements still need, with links to them, or that both are complete. */
function StatementsState({ settings }: { settings: Settings }) {
  const { accessibility, privacy } = settings.missing;
  if (accessibility.length === 0 && privacy.length === 0) {
    return (
      <p className="govuk-body">
        The{' '}
        <a href="/public/accessibility" className="govuk-link">
          accessibility statement
        </a>{' '}
        and the{' '}
        <a href="/public/privacy" className="govuk-link">
          privacy notice
        </a>{' '}
        are complete.
      </p>
    );
  }
  const list = (what: string, href: string, missing: readonly string[]) =>
    missing.length > 0 && (
      <li>
        The{' '}
        <a href={href} className="govuk-link">
          {what}
        </a>{' '}
        needs: {missing.join(', ').toLowerCase()}.
      </li>
    );
  return (
    <>
      <WarningText>
        The public statements say they are not yet completed until you fill in what they need.
      </WarningText>
      <ul className="govuk-list govuk-list--bullet">
        {list('accessibility statement', '/public/accessibility', accessibility)}
        {list('privacy notice', '/public/privacy', privacy)}
      </ul>
    </>
  );
}

export function OrganisationSettingsForm({
  settings,
  logoStatus,
}: {
  settings: Settings;
  logoStatus: LogoStatus;
}) {
  const { state } = useLocation();
  const [update, { loading }] = useMutation(UpdateOrganisationSettingsMutation, {
    refetchQueries: [SiteQuery],
  });
  const { register, errors, submission } = useFormPage<SettingsFormValues, SettingsFormOutput>({
    resolver: zodResolver(settingsSchema),
    defaultValues: settingsFormValues(settings),
    fields: SETTINGS_FIELDS,
    save: async (values) => {
      await update({ variables: { input: { expectedVersion: settings.version, ...values } } });
      return { to: '/settings', state: { saved: true } };
    },
  });
  const field = fieldProps(register, errors);
  /** The hint of a box the server's environment fills while it is empty. */
  const hint = (key: keyof Settings, text?: ReactNode) => {
    const fromEnvironment = settings.fromEnvironment.includes(key as string);
    const value = settings[key];
    if (!fromEnvironment) return text;
    return (
      <>
        {text}
        {text ? ' ' : ''}Left empty, the server’s setting is used: {String(value)}.
      </>
    );
  };
  const saved = (state as { saved?: boolean } | null)?.saved === true;
  const setUp = (state as { setUp?: boolean } | null)?.setUp === true;

  return (
    <FormPage
      submission={submission}
      title="Organisation settings"
      backLink={{ to: '/', text: 'Back to plans' }}
      heading="Organisation settings"
      intro={
        <>
          {saved && <NotificationBanner type="success" heading="Settings saved" />}
          {setUp && (
            <NotificationBanner type="success" heading="The service is set up, and you are its administrator">
              <p className="govuk-body">
                Next, fill in your organisation’s settings, then invite your colleagues from the Users page.
              </p>
            </NotificationBanner>
          )}
          <p className="govuk-body">
            Who runs this service, and how people contact you. The public pages, emails and Panel reports use
            these settings.
          </p>
          <p className="govuk-body">
            Single sign-on with partners’ own accounts is on the{' '}
            <Link className="govuk-link" to="/settings/sign-in">
              sign-in providers
            </Link>{' '}
            page.
          </p>
          <StatementsState settings={settings} />
        </>
      }
      submitText="Save settings"
      saving={loading}
      after={<LogoForm settings={settings} status={logoStatus} />}
    >
      <h2 className="govuk-heading-m">Your organisation</h2>
      <TextInput
        label="Service name"
        hint={hint('serviceName', 'In every page’s header, emails and report covers')}
        autoComplete="off"
        {...field.input('serviceName')}
      />
      <TextInput
        label="Organisation name"
        hint={hint(
          'organisationName',
          'Who runs the service, for example Office of the Police and Crime Commissioner for Wessex',
        )}
        autoComplete="organization"
        {...field.input('organisationName')}
      />

      <h2 className="govuk-heading-m">Contact details</h2>
      <TextInput
        label="Contact email"
        hint={hint('contactEmail', 'On the accessibility statement, for requests and problems')}
        type="email"
        spellCheck={false}
        autoComplete="email"
        {...field.input('contactEmail')}
      />
      <TextInput
        label="Contact telephone (optional)"
        hint={hint('contactPhone')}
        type="tel"
        widthClass="govuk-input--width-20"
        autoComplete="tel"
        {...field.input('contactPhone')}
      />
      <CharacterCount
        maxLength={T.postalAddress.max}
        rows={4}
        label="Postal address (optional)"
        hint={hint('postalAddress', 'One line of the address on each line')}
        {...field.input('postalAddress')}
      />

      <h2 className="govuk-heading-m">Data protection</h2>
      <TextInput
        label="Data controller"
        hint={hint('dataControllerName', 'For example, The Police and Crime Commissioner for Wessex')}
        autoComplete="off"
        {...field.input('dataControllerName')}
      />
      <TextInput
        label="Data protection officer’s name (optional)"
        hint={hint('dpoName')}
        autoComplete="off"
        {...field.input('dpoName')}
      />
      <TextInput
        label="Data protection officer’s email"
        hint={hint('dpoEmail')}
        type="email"
        spellCheck={false}
        autoComplete="off"
        {...field.input('dpoEmail')}
      />

      <h2 className="govuk-heading-m">Web address and email sender</h2>
      <TextInput
        label="Public web address"
        hint={hint(
          'publicUrl',
          'Where people open the service, starting with https://. The links in emails use it.',
        )}
        type="url"
        spellCheck={false}
        autoComplete="off"
        {...field.input('publicUrl')}
      />
      <TextInput
        label="Email sender name (optional)"
        hint={hint('mailFromName', 'Who emails are from, for example Wessex PCC')}
        autoComplete="off"
        {...field.input('mailFromName')}
      />
      <TextInput
        label="Email sender address"
        hint={hint('mailFromAddress', 'An address your mail server may send from')}
        type="email"
        spellCheck={false}
        autoComplete="off"
        {...field.input('mailFromAddress')}
      />

      <h2 className="govuk-heading-m">Accessibility statement</h2>
      <Radios
        legend="Compliance status"
        legendSize="s"
        hint="How far the service meets WCAG 2.2 AA, after your own testing"
        small
        items={(['FULLY', 'PARTIALLY', 'NOT'] as const).map((value) => ({
          value,
          label: `${COMPLIANCE_WORDS[value].charAt(0).toUpperCase()}${COMPLIANCE_WORDS[value].slice(1)}`,
        }))}
        {...field.choices('accessibilityCompliance')}
      />
      <CharacterCount
        maxLength={T.accessibilityNonAccessible.max}
        rows={6}
        label="Non-accessible content (optional)"
        hint="What is not accessible, which WCAG success criteria it fails, and when you will fix it. Leave a blank line between paragraphs."
        {...field.input('accessibilityNonAccessible')}
      />
      <CharacterCount
        maxLength={T.accessibilityTesting.max}
        rows={4}
        label="How the service was tested"
        hint="Who tested it, and how: for example, an audit by an accessibility specialist, or your own checks"
        {...field.input('accessibilityTesting')}
      />
      {(Object.keys(ORGANISATION_DATES) as (keyof typeof ORGANISATION_DATES)[]).map((key) => (
        <DateInput key={key} legend={ORGANISATION_DATES[key]} {...field.date(key)} />
      ))}

      <h2 className="govuk-heading-m">Privacy notice</h2>
      <CharacterCount
        maxLength={T.privacyPurposes.max}
        rows={4}
        label="Why you use personal data"
        {...field.input('privacyPurposes')}
      />
      <CharacterCount
        maxLength={T.privacyLawfulBasis.max}
        rows={3}
        label="Lawful basis"
        hint="For example, public task (UK GDPR Article 6(1)(e))"
        {...field.input('privacyLawfulBasis')}
      />
      <CharacterCount
        maxLength={T.privacyRecipients.max}
        rows={3}
        label="Who you share personal data with (optional)"
        hint="Beyond the partners and the Panel, who the notice already names: for example, who hosts the service"
        {...field.input('privacyRecipients')}
      />
    </FormPage>
  );
}

function SettingsLoader() {
  const result = useQuery(OrganisationSettingsQuery, { fetchPolicy: 'network-only' });
  // Saving the logo changes the settings' version, which remounts the form below: "Logo saved"
  // is kept here, so it stays on screen for the person who saved it.
  const logoStatus = useState<string | null>(null);
  return (
    <QueryResult result={result}>
      {(data) => {
        const settings = getFragmentData(OrganisationSettingsFields, data.organisationSettings);
        return (
          <OrganisationSettingsForm key={settings.version} settings={settings} logoStatus={logoStatus} />
        );
      }}
    </QueryResult>
  );
}

export function OrganisationSettingsPage() {
  return (
    <RequireSignIn adminTask="change the organisation’s settings">
      <SettingsLoader />
    </RequireSignIn>
  );
}
