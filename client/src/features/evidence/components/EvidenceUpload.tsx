import { useId, useRef, useState } from 'react';
import {
  EVIDENCE_ACCEPT,
  EVIDENCE_KINDS_TEXT,
  EVIDENCE_MAX_FILES_PER_CHANGE,
  fileSizeText,
  evidenceKindLabel,
  megabytesText,
} from '@partnership-tracker/domain';
import { Button } from '@/components/Button';
import { HintAndError } from '@/components/FormParts';
import {
  evidenceProblem,
  uploadEvidence,
  type UploadedEvidence,
} from '@/features/evidence/utils/evidenceUpload';

export interface EvidenceUploadProps {
  actionId: string;
  /** The server's limit, in bytes (evidenceUploadLimit). */
  maxBytes: number;
  label: string;
  /** The files uploaded so far, to send with the form. */
  files: UploadedEvidence[];
  onChange: (files: UploadedEvidence[]) => void;
  /** Told while a file is being checked or sent, so the form can wait for it. */
  onBusyChange?: (busy: boolean) => void;
}

/**
 * The GOV.UK file upload for evidence: each chosen file is checked here as the server will check
 * it, then sent at once, with its progress in words. The form sends the ids of those uploaded.
 */
export function EvidenceUpload({
  actionId,
  maxBytes,
  label,
  files,
  onChange,
  onBusyChange,
}: EvidenceUploadProps) {
  const id = useId().replace(/:/g, '');
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');

  async function choose(chosen: FileList | null) {
    if (!chosen?.length) return;
    setError(undefined);
    const list = [...chosen];
    // The files so far, added to as each upload finishes (the prop catches up on the next render).
    let uploadedSoFar = files;
    if (list.length + uploadedSoFar.length > EVIDENCE_MAX_FILES_PER_CHANGE) {
      setError(`Attach at most ${EVIDENCE_MAX_FILES_PER_CHANGE} files at a time`);
      return;
    }
    onBusyChange?.(true);
    try {
      for (const file of list) {
        setStatus(`Checking ${file.name}`);
        const problem = await evidenceProblem(file, maxBytes);
        if (problem) {
          setError(`${file.name}: ${problem}`);
          setStatus(`${file.name} was not uploaded`);
          continue;
        }
        try {
          const uploaded = await uploadEvidence(actionId, file, (percent) =>
            setStatus(`Uploading ${file.name}: ${percent}% sent`),
          );
          uploadedSoFar = [...uploadedSoFar, uploaded];
          onChange(uploadedSoFar);
          setStatus(`${uploaded.fileName} uploaded`);
        } catch (e) {
          setError(`${file.name}: ${(e as Error).message}`);
          setStatus(`${file.name} was not uploaded`);
        }
      }
    } finally {
      onBusyChange?.(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <HintAndError
        id={id}
        hint={`${EVIDENCE_KINDS_TEXT}, each smaller than ${megabytesText(maxBytes)}. Photographs, signed agreements, attendance sheets or registers. Only the partnership and the Panel can see them.`}
        error={error}
      />
      <input
        ref={input}
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id={id}
        type="file"
        multiple
        accept={EVIDENCE_ACCEPT}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => void choose(e.currentTarget.files)}
      />
      <p className="govuk-body-s govuk-!-margin-top-2" aria-live="polite" data-testid="evidence-status">
        {status}
      </p>
      {files.length > 0 && (
        <ul className="govuk-list" aria-label={`${label}: files uploaded`}>
          {files.map((f) => (
            <li key={f.id}>
              {f.fileName} ({evidenceKindLabel(f.kind)}, {fileSizeText(f.sizeBytes)}){' '}
              <Button
                type="button"
                variant="secondary"
                className="govuk-!-margin-bottom-0"
                onClick={() => {
                  onChange(files.filter((x) => x.id !== f.id));
                  setStatus(`${f.fileName} removed`);
                }}
              >
                Remove<span className="govuk-visually-hidden"> {f.fileName}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
