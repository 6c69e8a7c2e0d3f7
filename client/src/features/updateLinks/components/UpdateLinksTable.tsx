import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { ButtonLink } from '@/components/Button';
import { Table } from '@/components/Table';
import { Tag } from '@/components/Tag';
import { LINK_STATUS_COLOURS, LINK_STATUS_LABELS, linkStatus } from '@/features/updateLinks/utils/labels';
import { formatDateTime } from '@/utils/dates';

export const UpdateLinksTable_link = graphql(`
  fragment UpdateLinksTable_link on UpdateLink {
    id
    email
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    active
  }
`);

/** A partner's update links, newest first, with a way to withdraw the active ones. */
export function UpdateLinksTable({
  partner,
  links,
}: {
  partner: { id: string; name: string };
  links: FragmentType<typeof UpdateLinksTable_link>[];
}) {
  const rows = links.map((l) => getFragmentData(UpdateLinksTable_link, l));
  return (
    <Table
      caption={`Update links for ${partner.name}`}
      captionClassName="govuk-visually-hidden"
      className="app-audit"
      columns={[
        { header: 'Contact' },
        { header: 'Issued' },
        { header: 'Expires' },
        { header: 'Last used' },
        { header: 'Status' },
        { header: <span className="govuk-visually-hidden">Withdraw</span> },
      ]}
      rows={rows.map((link) => {
        const status = linkStatus(link);
        return {
          key: link.id,
          cells: [
            link.email,
            formatDateTime(link.createdAt),
            formatDateTime(link.expiresAt),
            link.lastUsedAt ? formatDateTime(link.lastUsedAt) : 'Not used yet',
            <Tag colour={LINK_STATUS_COLOURS[status]}>{LINK_STATUS_LABELS[status]}</Tag>,
            status === 'ACTIVE' ? (
              <ButtonLink
                to={`/partners/${partner.id}/links/${link.id}/withdraw`}
                variant="secondary"
                className="govuk-!-margin-bottom-0 govuk-!-font-size-16"
              >
                Withdraw<span className="govuk-visually-hidden"> link for {link.email}</span>
              </ButtonLink>
            ) : (
              ''
            ),
          ],
        };
      })}
    />
  );
}
