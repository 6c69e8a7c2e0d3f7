import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { LOGO } from '@partnership-tracker/domain';
import type { OrganisationSettingsFieldsFragment } from '@/__generated__/graphql';
import { Button, ButtonGroup } from '@/components/Button';
import { FormGroup } from '@/components/FormParts';
import { OrganisationSettingsQuery } from '@/features/organisation/graphql/OrganisationSettings.query';
import { SiteQuery } from '@/features/organisation/graphql/Site.query';

/**
 * Sends the logo, or removes it. The extra header is what the server requires of uploads (a
 * cross-site form cannot send it). Answers the server's message when it refuses.
 */
async function sendLogo(file: File | null): Promise<string | null> {
  const body = new FormData();
  if (file) body.append('file', file);
  try {
    const res = await fetch('/files/organisation-logo', {
      method: file ? 'PUT' : 'DELETE',
      body: file ? body : undefined,
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    });
    if (res.ok) return null;
    const json = (await res.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    return json?.errors?.[0]?.message ?? 'The logo could not be saved. Try again';
  } catch {
    return 'The logo could not be sent. Check your connection and try again';
  }
}

/** What the logo form last did, kept by the page: the settings form remounts when they change. */
export type LogoStatus = [string | null, (status: string | null) => void];

/** The organisation's logo: shown as it is, with a form to replace or remove it. */
export function LogoForm({
  settings,
  status: [done, setDone],
}: {
  settings: OrganisationSettingsFieldsFragment;
  status: LogoStatus;
}) {
  const client = useApolloClient();
  const [error, setError] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  const fromEnvironment = settings.fromEnvironment.includes('logo');

  const send = async (file: File | null) => {
    setSending(true);
    setDone(null);
    const problem = await sendLogo(file);
    setSending(false);
    setError(problem ?? undefined);
    if (problem) return;
    setDone(file ? 'Logo saved' : 'Logo removed');
    await client.refetchQueries({ include: [OrganisationSettingsQuery, SiteQuery] });
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = (event.currentTarget.elements.namedItem('logo') as HTMLInputElement).files?.[0];
    if (!file) {
      setError('Choose a logo file');
      return;
    }
    if (file.size > LOGO.maxBytes) {
      setError(LOGO.tooBig);
      return;
    }
    await send(file);
  };

  return (
    <section aria-labelledby="logo-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="logo-heading">
        Logo
      </h2>
      <p className="govuk-body" role="status">
        {done}
      </p>
      {settings.logoUrl ? (
        <p className="govuk-body">
          <img
            src={settings.logoUrl}
            alt="Your organisation’s logo as it is now"
            className="app-logo-preview"
          />
        </p>
      ) : (
        <p className="govuk-body">There is no logo yet.</p>
      )}
      <form onSubmit={onSubmit} noValidate>
        <FormGroup
          id="logo"
          label="Upload a logo"
          hint={`A PNG or JPEG image of at most 1 MB. It is shown in the header, on report covers and in emails.${fromEnvironment ? ' Without one, the server’s logo file is used.' : ''}`}
          error={error}
        >
          <input
            className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
            id="logo"
            name="logo"
            type="file"
            accept={LOGO.types.join(',')}
            aria-describedby={`logo-hint${error ? ' logo-error' : ''}`}
          />
        </FormGroup>
        <ButtonGroup>
          <Button type="submit" variant="secondary" disabled={sending}>
            Upload logo
          </Button>
          {settings.logoUrl && !fromEnvironment && (
            <Button type="button" variant="warning" disabled={sending} onClick={() => send(null)}>
              Remove logo
            </Button>
          )}
        </ButtonGroup>
      </form>
    </section>
  );
}
