import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import '@/features/evidence/evidence.css';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import type { EvidenceFiles_ActionFragment } from '@/__generated__/graphql';
import { Button, ButtonGroup } from '@/components/Button';
import { HintAndError } from '@/components/FormParts';
import { Table } from '@/components/Table';
import { Tag } from '@/components/Tag';
import { ActionDetailQuery } from '@/features/actions/graphql/ActionDetail.query';
import { ArchiveEvidenceFileMutation } from '@/features/evidence/graphql/ArchiveEvidenceFile.mutation';
import { PublishEvidenceFileMutation } from '@/features/evidence/graphql/PublishEvidenceFile.mutation';
import { evidenceKindLabel, fileSizeText, LIMITS } from '@partnership-tracker/domain';
import { formatDateTime, formatMomentDate } from '@/utils/dates';

export const EvidenceFiles_action = graphql(`
  fragment EvidenceFiles_action on Action {
    id
    evidenceFiles {
      id
      fileName
      kind
      sizeBytes
      sha256
      addedByEmail
      addedByOrganisation
      createdAt
      milestoneId
      updateId
      published
      archivedAt
      archiveReason
      canArchive
      downloadUrl
    }
    milestones {
      id
      title
    }
    updates {
      id
      createdAt
    }
  }
`);

type File = EvidenceFiles_ActionFragment['evidenceFiles'][number];

/** Archive one file, with the reason asked for in place. */
function ArchiveFile({ file, actionId }: { file: File; actionId: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [archive, { loading }] = useMutation(ArchiveEvidenceFileMutation, {
    refetchQueries: [{ query: ActionDetailQuery, variables: { id: actionId } }],
  });
  if (!open)
    return (
      <Button
        type="button"
        variant="warning"
        className="govuk-!-margin-bottom-0"
        onClick={() => setOpen(true)}
      >
        Archive<span className="govuk-visually-hidden"> {file.fileName}</span>
      </Button>
    );
  const id = `archive-${file.id}`;
  const limit = LIMITS.evidence.archiveReason;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        Why archive {file.fileName}?
      </label>
      <HintAndError
        id={id}
        hint="For example, uploaded by mistake. The file is kept for the Commissioner’s team."
        error={error}
      />
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        rows={2}
        value={reason}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => setReason(e.target.value)}
      />
      <ButtonGroup>
        <Button
          type="button"
          variant="warning"
          disabled={loading}
          onClick={async () => {
            const text = reason.trim();
            if (text.length < (limit.min ?? 0) || text.length > limit.max) {
              setError(`Enter why, in ${limit.min} to ${limit.max} characters`);
              return;
            }
            try {
              await archive({ variables: { input: { id: file.id, reason: text } } });
            } catch (e) {
              setError((e as Error).message);
            }
          }}
        >
          Archive file
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </ButtonGroup>
    </div>
  );
}

/**
 * The action's evidence files, for whoever may read them: what each is for, who added it and
 * when, its size and checksum, and a link that downloads it. Admins publish; admins and the
 * organisation that added a file archive it.
 */
export function EvidenceFiles({
  action: actionRef,
  isAdmin,
}: {
  action: FragmentType<typeof EvidenceFiles_action>;
  isAdmin: boolean;
}) {
  const action = getFragmentData(EvidenceFiles_action, actionRef);
  const [publish, { loading: publishing }] = useMutation(PublishEvidenceFileMutation, {
    refetchQueries: [{ query: ActionDetailQuery, variables: { id: action.id } }],
  });
  const files = action.evidenceFiles;
  const forWhat = (f: File) => {
    const milestone = f.milestoneId && action.milestones.find((m) => m.id === f.milestoneId);
    if (milestone) return `Milestone: ${milestone.title}`;
    const update = f.updateId && action.updates.find((u) => u.id === f.updateId);
    return update ? `Update of ${formatDateTime(update.createdAt)}` : 'Milestone (archived)';
  };
  if (files.length === 0)
    return (
      <>
        <h2 className="govuk-heading-m">Evidence files</h2>
        <p className="govuk-body">
          No evidence files yet. Attach them when you record an update or complete a milestone.
        </p>
      </>
    );
  return (
    <>
      <Table
        caption="Evidence files"
        columns={[
          { header: 'File' },
          { header: 'For' },
          { header: 'Added' },
          { header: 'Size', numeric: true },
          { header: 'Status' },
          { header: 'Checksum (SHA-256)' },
          ...(isAdmin || files.some((f) => f.canArchive) ? [{ header: 'Manage' }] : []),
        ]}
        rows={files.map((f) => ({
          key: f.id,
          cells: [
            <>
              <a className="govuk-link" href={f.downloadUrl} download>
                {f.fileName}
                <span className="govuk-visually-hidden"> (download)</span>
              </a>
              <br />
              <span className="govuk-body-s">{evidenceKindLabel(f.kind)}</span>
            </>,
            forWhat(f),
            <>
              {formatMomentDate(f.createdAt)} by {f.addedByEmail}
              {f.addedByOrganisation && ` (${f.addedByOrganisation})`}
            </>,
            fileSizeText(f.sizeBytes),
            f.archivedAt ? (
              <>
                <Tag colour="grey">Archived</Tag> {f.archiveReason}
              </>
            ) : (
              <Tag colour={f.published ? 'green' : 'blue'}>{f.published ? 'Public' : 'Private'}</Tag>
            ),
            <code className="app-break-all">{f.sha256}</code>,
            ...(isAdmin || files.some((x) => x.canArchive)
              ? [
                  <>
                    {isAdmin && !f.archivedAt && (
                      <Button
                        type="button"
                        variant="secondary"
                        disabled={publishing}
                        onClick={() =>
                          void publish({ variables: { input: { id: f.id, published: !f.published } } })
                        }
                      >
                        {f.published ? 'Make private' : 'Publish'}
                        <span className="govuk-visually-hidden"> {f.fileName}</span>
                      </Button>
                    )}
                    {f.canArchive && <ArchiveFile file={f} actionId={action.id} />}
                  </>,
                ]
              : []),
          ],
        }))}
      />
      {isAdmin && (
        <p className="govuk-body">
          A published file is listed on the public progress page and in open data, where anyone can download
          it. Who added it is never shown there.
        </p>
      )}
    </>
  );
}
