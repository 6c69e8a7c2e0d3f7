import { EvidenceInspector, EVIDENCE_MESSAGES, evidenceNameProblem } from '@partnership-tracker/domain';

/** What the server answers for a file it kept. */
export interface UploadedEvidence {
  id: string;
  fileName: string;
  kind: string;
  sizeBytes: number;
  sha256: string;
}

/** A refusal of a file, in the words the server or the check gave. */
export class EvidenceUploadError extends Error {}

const SLICE = 256 * 1024;

/**
 * The checks the server makes, run here first on the file's bytes (the same domain code), so a
 * wrong file is named before it is sent. Null when the file passes.
 */
export async function evidenceProblem(file: File, maxBytes: number): Promise<string | null> {
  const nameProblem = evidenceNameProblem(file.name);
  if (nameProblem) return nameProblem;
  if (file.size > maxBytes) return EVIDENCE_MESSAGES.tooBig(maxBytes);
  const inspector = new EvidenceInspector(file.name, maxBytes);
  for (let at = 0; at < file.size; at += SLICE) {
    const piece = new Uint8Array(await file.slice(at, at + SLICE).arrayBuffer());
    const problem = inspector.push(piece);
    if (problem) return problem;
  }
  const verdict = inspector.finish();
  return verdict.ok ? null : verdict.problem;
}

/**
 * Sends one file for an action, reporting progress (0 to 100). The extra header is what the
 * server requires of uploads (a cross-site form cannot send it), as for the plan import.
 */
export function uploadEvidence(
  actionId: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<UploadedEvidence> {
  return new Promise((resolve, reject) => {
    const body = new FormData();
    body.append('file', file);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/files/evidence?actionId=${encodeURIComponent(actionId)}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('apollo-require-preflight', 'true');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.min(99, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.onerror = () =>
      reject(new EvidenceUploadError('The file could not be sent. Check your connection and try again'));
    xhr.onload = () => {
      const json = ((): (Partial<UploadedEvidence> & { errors?: { message: string }[] }) | null => {
        try {
          return JSON.parse(xhr.responseText);
        } catch {
          return null;
        }
      })();
      if (xhr.status === 201 && json?.id) {
        onProgress(100);
        return resolve(json as UploadedEvidence);
      }
      reject(
        new EvidenceUploadError(json?.errors?.[0]?.message ?? 'The file could not be uploaded. Try again'),
      );
    };
    xhr.send(body);
  });
}
