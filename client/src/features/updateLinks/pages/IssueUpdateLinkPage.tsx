import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { BackLink } from '@/components/BackLink';
import { Button } from '@/components/Button';
import { FormPage } from '@/components/FormPage';
import { Page } from '@/components/Page';
import { ConfirmationPanel } from '@/components/Panel';
import { QueryResult } from '@/components/QueryResult';
import { TextInput } from '@/components/TextInput';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { IssueUpdateLinkMutation } from '@/features/updateLinks/graphql/IssueUpdateLink.mutation';
import { IssueUpdateLinkFormQuery } from '@/features/updateLinks/graphql/IssueUpdateLinkForm.query';
import { UpdateLinksQuery } from '@/features/updateLinks/graphql/UpdateLinks.query';
import {
  EMPTY_ISSUE_LINK_FORM,
  ISSUE_LINK_FIELDS,
  issueLinkSchema,
  type IssueLinkFormOutput,
  type IssueLinkFormValues,
} from '@/features/updateLinks/utils/issueLinkForm';
import { LINK_ALLOWS } from '@/features/updateLinks/utils/labels';
import { useFormPage } from '@/hooks/useFormPage';
import { fieldProps } from '@/utils/fieldProps';
import { formatDateTime } from '@/utils/dates';

type Partner = { id: string; name: string };

interface IssuedLink {
  url: string;
  email: string;
  expiresAt: string;
}

/** The new link, shown this once: the server keeps only its hash. */
export function IssuedLinkPage({ partner, issued }: { partner: Partner; issued: IssuedLink }) {
  const [copied, setCopied] = useState('');
  const partnerHref = `/partners/${partner.id}`;
  const copy = async () => {
    (document.getElementById('issued-link') as HTMLInputElement | null)?.select();
    try {
      await navigator.clipboard.writeText(issued.url);
      setCopied('Link copied');
    } catch {
      setCopied('Your browser did not copy the link. Select it and copy it yourself.');
    }
  };
  return (
    <Page
      title="Update link issued"
      beforeContent={<BackLink to={partnerHref}>Back to {partner.name}</BackLink>}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConfirmationPanel title="Update link issued">For {issued.email}</ConfirmationPanel>
          <TextInput
            id="issued-link"
            label={`Link for ${issued.email}`}
            hint="Copy the link and send it to them yourself. The service does not email it."
            value={issued.url}
            readOnly
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
          />
          <div className="govuk-button-group">
            <Button type="button" variant="secondary" onClick={copy}>
              Copy link
            </Button>
            <p className="govuk-body govuk-!-margin-bottom-0" role="status">
              {copied}
            </p>
          </div>
          <h2 className="govuk-heading-m">What you need to know</h2>
          <p className="govuk-body">
            This link is shown only once. The service does not keep it, so it cannot show it to you again. If
            it is lost, issue a new one.
          </p>
          <p className="govuk-body">
            It expires on {formatDateTime(issued.expiresAt)}. Until then, whoever has it can update{' '}
            {partner.name}’s actions without signing in.
          </p>
          <p className="govuk-body">
            You can withdraw it at any time on{' '}
            <Link className="govuk-link" to={partnerHref}>
              {partner.name}’s page
            </Link>
            .
          </p>
        </div>
      </div>
    </Page>
  );
}

export function IssueUpdateLinkForm({ partner }: { partner: Partner }) {
  const [issueLink, { loading }] = useMutation(IssueUpdateLinkMutation);
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const partnerHref = `/partners/${partner.id}`;
  const { register, errors, submission } = useFormPage<IssueLinkFormValues, IssueLinkFormOutput>({
    resolver: zodResolver(issueLinkSchema),
    defaultValues: EMPTY_ISSUE_LINK_FORM,
    fields: ISSUE_LINK_FIELDS,
    save: async (values) => {
      const result = await issueLink({
        variables: { input: { partnerId: partner.id, ...values } },
        refetchQueries: [{ query: UpdateLinksQuery, variables: { partnerId: partner.id } }],
      });
      const { path, link } = result.data!.issueUpdateLink;
      // Shown here, not passed to the next page: a location's state outlives the page.
      setIssued({ url: `${window.location.origin}${path}`, email: values.email, expiresAt: link.expiresAt });
    },
  });
  const field = fieldProps(register, errors);

  if (issued) return <IssuedLinkPage partner={partner} issued={issued} />;
  return (
    <FormPage
      submission={submission}
      title="Issue an update link"
      backLink={{ to: partnerHref, text: `Back to ${partner.name}` }}
      caption={partner.name}
      heading="Issue an update link"
      intro={
        <>
          <p className="govuk-body">
            An update link lets a contact at {partner.name} update its actions without an account. With it,
            they can:
          </p>
          <ul className="govuk-list govuk-list--bullet">
            {LINK_ALLOWS.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p className="govuk-body">Send it only to someone who works for {partner.name}.</p>
        </>
      }
      submitText="Issue link"
      saving={loading}
    >
      <TextInput
        label="Contact email"
        hint={`The person at ${partner.name} the link is for`}
        type="email"
        autoComplete="off"
        spellCheck={false}
        {...field.input('email')}
      />
      <TextInput
        label="Days until it expires"
        hint="From 1 to 90 days"
        inputMode="numeric"
        widthClass="govuk-input--width-3"
        suffix="days"
        spellCheck={false}
        {...field.input('expiresInDays')}
      />
    </FormPage>
  );
}

function IssueUpdateLinkLoader() {
  const { id = '' } = useParams();
  const result = useQuery(IssueUpdateLinkFormQuery, { variables: { id } });
  return (
    <QueryResult result={result}>{(data) => <IssueUpdateLinkForm partner={data.partner} />}</QueryResult>
  );
}

export function IssueUpdateLinkPage() {
  const { id = '' } = useParams();
  return (
    <RequireSignIn adminTask="issue its update links" leadsOf={id}>
      <IssueUpdateLinkLoader />
    </RequireSignIn>
  );
}
