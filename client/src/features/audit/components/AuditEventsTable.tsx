import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import type { AuditEventsTable_EventFragment } from '@/__generated__/graphql';
import { Table } from '@/components/Table';
import { Tag } from '@/components/Tag';
import { formatChanges, type FormatChangesOptions } from '@/features/audit/utils/changes';
import {
  actorRoleLabel,
  OUTCOME_COLOURS,
  OUTCOME_LABELS,
  operationLabel,
} from '@/features/audit/utils/labels';
import { formatDateTime } from '@/utils/dates';

export const AuditEventsTable_event = graphql(`
  fragment AuditEventsTable_event on AuditEvent {
    id
    at
    actorEmail
    actorRole
    actorPartner {
      id
      name
    }
    operation
    recordType
    recordId
    recordTitle
    actionId
    action {
      id
      ref
      title
    }
    changes
    outcome
    errorCode
    message
    amendment {
      id
      number
      title
      planSlug
    }
  }
`);

type AuditEvent = AuditEventsTable_EventFragment;

/** Who did it: an account, an update link's holder, or someone not signed in. */
function Who({ event }: { event: AuditEvent }) {
  const { actorEmail, actorRole, actorPartner } = event;
  if (!actorEmail && !actorRole) return <>Someone not signed in</>;
  if (actorRole === 'UPDATE_LINK') {
    return (
      <>
        Update link: {actorEmail}
        {actorPartner && <span className="app-audit__line">{actorPartner.name}</span>}
      </>
    );
  }
  // A refused sign-in is kept under the email typed, by someone not signed in.
  const about = actorRole
    ? [actorRoleLabel(actorRole), actorPartner?.name].filter(Boolean).join(', ')
    : 'Not signed in';
  return (
    <>
      {actorEmail ?? 'Unknown account'}
      <span className="app-audit__line">{about}</span>
    </>
  );
}

function Changes({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <ul className="govuk-list app-audit__changes">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

/** The amendment a change was made under, so the trail says why and who agreed it. */
function AmendmentLink({ amendment }: { amendment: NonNullable<AuditEvent['amendment']> }) {
  return (
    <span className="app-audit__line">
      Under{' '}
      <Link className="govuk-link" to={`/plans/${amendment.planSlug}/amendments/${amendment.number}`}>
        amendment A{amendment.number}: {amendment.title}
      </Link>
    </span>
  );
}

function Outcome({ event }: { event: AuditEvent }) {
  return (
    <>
      <Tag colour={OUTCOME_COLOURS[event.outcome]}>{OUTCOME_LABELS[event.outcome]}</Tag>
      {event.outcome !== 'SUCCESS' && event.message && (
        <span className="app-audit__line app-audit__message">{event.message}</span>
      )}
    </>
  );
}

export interface AuditEventsTableProps {
  events: FragmentType<typeof AuditEventsTable_event>[];
  caption: string;
  captionClassName?: string;
  /** Names partners in the changes. */
  partnerName?: (id: string) => string | undefined;
  /** 'brief' next to the record itself (an action's history); 'full' in the audit trail. */
  detail?: FormatChangesOptions['detail'];
  /** Link each event to the action it belongs to: not on that action's own page. */
  linkToActions?: boolean;
}

/** Audit events, newest first: when, who, what, the changes, and whether it was made. */
export function AuditEventsTable({
  events,
  caption,
  captionClassName,
  partnerName,
  detail = 'full',
  linkToActions = true,
}: AuditEventsTableProps) {
  const rows = events.map((e) => getFragmentData(AuditEventsTable_event, e));
  return (
    <Table
      caption={caption}
      captionClassName={captionClassName}
      className="app-audit"
      columns={[
        { header: 'When' },
        { header: 'Who' },
        { header: 'What' },
        { header: 'Changes' },
        { header: 'Outcome' },
      ]}
      rows={rows.map((event) => {
        // Which action, refused attempts included: "Record update on action 1.3".
        // A milestone by its title: "Updated milestone: Farm watch relaunched".
        const label =
          operationLabel(event.operation, event.outcome) +
          (event.recordTitle ? `: ${event.recordTitle}` : '');
        // "Updated action 1.3", "Attempt to record update on action 1.3".
        const what =
          linkToActions && event.action
            ? `${label}${/ action$/.test(label) ? '' : ' on action'} ${event.action.ref}`
            : label;
        return {
          key: event.id,
          cells: [
            formatDateTime(event.at),
            <Who event={event} />,
            linkToActions && event.action ? (
              <>
                <Link className="govuk-link" to={`/actions/${event.action.id}`}>
                  {what}
                </Link>
                <span className="app-audit__line">{event.action.title}</span>
              </>
            ) : (
              what
            ),
            <>
              <Changes
                lines={formatChanges(event.changes, { operation: event.operation, partnerName, detail })}
              />
              {event.amendment && <AmendmentLink amendment={event.amendment} />}
            </>,
            <Outcome event={event} />,
          ],
        };
      })}
    />
  );
}
