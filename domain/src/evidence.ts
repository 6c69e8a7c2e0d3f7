/**
 * Evidence files: the kinds accepted, the size limit and the checks on a file's content, written
 * once for the server (which streams an upload through `EvidenceInspector`) and the client's file
 * input (its accept attribute, and the same inspection before anything is sent). A file's kind is
 * judged by its bytes, never by its name; the name must then agree with what the bytes are.
 */
import { ZIP_LIMITS, zipDirectory, zipExpansion } from './zip.js';

export const EVIDENCE_KINDS = ['PDF', 'PNG', 'JPEG', 'GIF', 'WEBP', 'DOCX', 'XLSX', 'CSV'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_KIND_INFO: Record<
  EvidenceKind,
  { label: string; contentType: string; extensions: readonly string[] }
> = {
  PDF: { label: 'PDF document', contentType: 'application/pdf', extensions: ['.pdf'] },
  PNG: { label: 'PNG image', contentType: 'image/png', extensions: ['.png'] },
  JPEG: { label: 'JPEG image', contentType: 'image/jpeg', extensions: ['.jpg', '.jpeg'] },
  GIF: { label: 'GIF image', contentType: 'image/gif', extensions: ['.gif'] },
  WEBP: { label: 'WebP image', contentType: 'image/webp', extensions: ['.webp'] },
  DOCX: {
    label: 'Word document (DOCX)',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['.docx'],
  },
  XLSX: {
    label: 'Excel spreadsheet (XLSX)',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['.xlsx'],
  },
  CSV: { label: 'CSV file', contentType: 'text/csv; charset=utf-8', extensions: ['.csv'] },
};

/** "PDF document", "JPEG image": a stored kind in words (an unknown one as it is). */
export function evidenceKindLabel(kind: string): string {
  return EVIDENCE_KIND_INFO[kind as EvidenceKind]?.label ?? kind;
}

/** The default largest file, in MB; a deployment may set another (EVIDENCE_MAX_MB). */
export const EVIDENCE_DEFAULT_MAX_MB = 10;

/** The largest number of files one update or milestone completion may attach. */
export const EVIDENCE_MAX_FILES_PER_CHANGE = 10;

/** For a file input's accept attribute: the extensions and types above. */
export const EVIDENCE_ACCEPT = EVIDENCE_KINDS.flatMap((k) => [
  ...EVIDENCE_KIND_INFO[k].extensions,
  EVIDENCE_KIND_INFO[k].contentType.split(';')[0]!,
]).join(',');

/** "PDF, PNG, JPEG, GIF, WEBP, DOCX, XLSX or CSV", for hints and messages. */
export const EVIDENCE_KINDS_TEXT = `${EVIDENCE_KINDS.slice(0, -1).join(', ')} or ${EVIDENCE_KINDS.at(-1)}`;

const withArticle = (label: string) => (/^[AEIOU]/.test(label) ? `an ${label}` : `a ${label}`);

/** "10 MB", "1.5 MB" (a limit under 1 MB, in bytes). */
export function megabytesText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${bytes} bytes`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** A size people read: "812 bytes", "45 KB", "2.3 MB". */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export const EVIDENCE_MESSAGES = {
  empty: 'The file is empty. Choose the file again',
  tooBig: (maxBytes: number) => `The file must be smaller than ${megabytesText(maxBytes)}`,
  program: 'Programs and scripts cannot be uploaded as evidence',
  html: 'Web pages (HTML) cannot be uploaded as evidence. Save the page as a PDF',
  svg: 'SVG images cannot be uploaded, as they can hold scripts. Save the image as a PNG',
  notAccepted: `The file must be a ${EVIDENCE_KINDS_TEXT} file`,
  unreadableZip: 'The file could not be opened. Save it again from Word or Excel',
  macros: 'Documents with macros cannot be uploaded. Save it as a DOCX or XLSX without macros',
  encrypted: 'Password-protected documents cannot be uploaded. Remove the password and save it again',
  notUtf8: 'The CSV file is not plain text (UTF-8). Save it again as “CSV UTF-8”',
  nameMissing: 'The file needs a name',
  nameWrong: (extension: string) =>
    extension
      ? `Files ending ${extension} cannot be uploaded. The file must be a ${EVIDENCE_KINDS_TEXT} file`
      : `The file’s name must end in its type, like .pdf or .jpg`,
  mismatch: (named: EvidenceKind, actual: EvidenceKind) =>
    `The file’s name says it is ${withArticle(EVIDENCE_KIND_INFO[named].label)}, but it is ${withArticle(EVIDENCE_KIND_INFO[actual].label)}. Rename it ${EVIDENCE_KIND_INFO[actual].extensions[0]} or choose the right file`,
};

/** The name's extension, lower case with its dot ('.pdf'), or '' when it has none. */
export function fileExtension(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName.trim());
  return match ? `.${match[1]!.toLowerCase()}` : '';
}

/** The kind a file's name claims, or null when its extension is not one accepted. */
export function evidenceKindOfName(fileName: string): EvidenceKind | null {
  const extension = fileExtension(fileName);
  return EVIDENCE_KINDS.find((k) => EVIDENCE_KIND_INFO[k].extensions.includes(extension)) ?? null;
}

/**
 * A name safe to store and to offer back in a download: no folders, no control characters or
 * characters Windows refuses, at most 150 characters, keeping its extension.
 */
export function safeEvidenceFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  if (cleaned.length <= 150) return cleaned;
  const extension = fileExtension(cleaned);
  return cleaned.slice(0, 150 - extension.length) + extension;
}

/** The problem with a file's name before its content is read (the client's first check), or null. */
export function evidenceNameProblem(fileName: string): string | null {
  const name = safeEvidenceFileName(fileName);
  if (!name) return EVIDENCE_MESSAGES.nameMissing;
  return evidenceKindOfName(name) ? null : EVIDENCE_MESSAGES.nameWrong(fileExtension(name));
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

type HeadVerdict = { kind: EvidenceKind | 'ZIP' | 'TEXT' } | { problem: string };

/** What a file's first bytes say it is (at least 16 bytes, or the whole file if shorter). */
export function sniffEvidenceHead(head: Uint8Array): HeadVerdict {
  if (head.length === 0) return { problem: EVIDENCE_MESSAGES.empty };
  if (startsWith(head, ascii('%PDF-'))) return { kind: 'PDF' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'PNG' };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { kind: 'JPEG' };
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return { kind: 'GIF' };
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return { kind: 'WEBP' };
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'ZIP' };
  // Windows (MZ), Linux (ELF), macOS (Mach-O, both orders and fat), Java classes, WebAssembly, scripts.
  const programs = [
    ascii('MZ'),
    [0x7f, 0x45, 0x4c, 0x46],
    [0xfe, 0xed, 0xfa, 0xce],
    [0xfe, 0xed, 0xfa, 0xcf],
    [0xce, 0xfa, 0xed, 0xfe],
    [0xcf, 0xfa, 0xed, 0xfe],
    [0xca, 0xfe, 0xba, 0xbe],
    [0x00, 0x61, 0x73, 0x6d],
    ascii('#!'),
  ];
  if (programs.some((p) => startsWith(head, p))) return { problem: EVIDENCE_MESSAGES.program };
  const markup = markupProblem(head);
  if (markup) return { problem: markup };
  return { kind: 'TEXT' };
}

/**
 * HTML, SVG and XML, which a browser might run: refused whatever their name. Judged as the
 * WHATWG MIME sniffing standard does, from the first non-blank characters, and more widely: a
 * tag that runs script anywhere in the first bytes.
 */
function markupProblem(head: Uint8Array): string | null {
  let text = '';
  for (let i = 0; i < Math.min(head.length, 1024); i++) text += String.fromCharCode(head[i]!);
  const lower = text.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').toLowerCase();
  if (/<svg[\s>]/.test(lower)) return EVIDENCE_MESSAGES.svg;
  if (
    /^\s*</.test(lower) ||
    /<(script|html|iframe|body|head|object|embed)[\s>/]/.test(lower) ||
    /<!doctype\s+html/.test(lower)
  )
    return EVIDENCE_MESSAGES.html;
  return null;
}

/** Which of DOCX or XLSX a ZIP archive is, from its parts' names; or what is wrong with it. */
export function officeKindOfEntries(
  entries: readonly { name: string; encrypted: boolean }[],
): { kind: 'DOCX' | 'XLSX' } | { problem: string } {
  const names = new Set(entries.map((e) => e.name));
  if (entries.some((e) => e.encrypted) || names.has('EncryptedPackage'))
    return { problem: EVIDENCE_MESSAGES.encrypted };
  if (entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name)))
    return { problem: EVIDENCE_MESSAGES.macros };
  if (!names.has('[Content_Types].xml')) return { problem: EVIDENCE_MESSAGES.notAccepted };
  if (names.has('word/document.xml')) return { kind: 'DOCX' };
  if (names.has('xl/workbook.xml')) return { kind: 'XLSX' };
  return { problem: EVIDENCE_MESSAGES.notAccepted };
}

export type EvidenceVerdict =
  { ok: true; kind: EvidenceKind; contentType: string; sizeBytes: number } | { ok: false; problem: string };

/** How many of the last bytes are kept to read a DOCX or XLSX file's table of contents. */
export const EVIDENCE_ZIP_TAIL_BYTES = 1024 * 1024;

/**
 * Inspects a file as its bytes arrive, holding only its first bytes and (for a ZIP) its last
 * megabyte: `push` each piece in order, and stop as soon as it answers a problem; `finish` at
 * the end gives the verdict. Text (CSV) must be UTF-8 with no NUL byte throughout.
 */
export class EvidenceInspector {
  private size = 0;
  private head = new Uint8Array(0);
  private headVerdict: HeadVerdict | null = null;
  private tail: Uint8Array[] = [];
  private tailLength = 0;
  private utf8 = new Utf8Checker();
  private problem: string | null = null;

  constructor(
    private readonly fileName: string,
    private readonly maxBytes: number,
  ) {
    const nameProblem = evidenceNameProblem(fileName);
    if (nameProblem) this.problem = nameProblem;
  }

  /** The size so far. */
  get bytes() {
    return this.size;
  }

  /** The kind the first bytes show, once known (DOCX and XLSX are 'ZIP' until the end). */
  get provisionalKind(): EvidenceKind | 'ZIP' | 'TEXT' | null {
    return this.headVerdict && 'kind' in this.headVerdict ? this.headVerdict.kind : null;
  }

  /** Takes the next piece; answers the problem once one is known (then stop sending). */
  push(piece: Uint8Array): string | null {
    if (this.problem) return this.problem;
    this.size += piece.length;
    if (this.size > this.maxBytes) return (this.problem = EVIDENCE_MESSAGES.tooBig(this.maxBytes));
    if (!this.headVerdict) {
      const head = new Uint8Array(this.head.length + piece.length);
      head.set(this.head);
      head.set(piece, this.head.length);
      this.head = head.slice(0, 1024);
      if (this.head.length >= 1024) this.judgeHead();
    }
    if (this.headVerdict && 'kind' in this.headVerdict) {
      if (this.headVerdict.kind === 'TEXT') {
        const problem = this.utf8.push(piece);
        if (problem) return (this.problem = problem);
      }
      if (this.headVerdict.kind === 'ZIP') this.keepTail(piece);
    }
    return this.problem;
  }

  /** The verdict on the whole file. */
  finish(): EvidenceVerdict {
    if (this.problem) return { ok: false, problem: this.problem };
    if (this.size === 0) return { ok: false, problem: EVIDENCE_MESSAGES.empty };
    if (!this.headVerdict) {
      // A file shorter than the head: its text and ZIP checks run now on the whole of it.
      this.judgeHead();
      const verdict = this.headVerdict as HeadVerdict | null;
      if (verdict && 'kind' in verdict && verdict.kind === 'TEXT') {
        const problem = this.utf8.push(this.head);
        if (problem) return { ok: false, problem };
      }
      if (verdict && 'kind' in verdict && verdict.kind === 'ZIP') this.keepTail(this.head);
    }
    const head = this.headVerdict!;
    if ('problem' in head) return { ok: false, problem: head.problem };
    let kind: EvidenceKind;
    if (head.kind === 'TEXT') {
      const problem = this.utf8.end();
      if (problem) return { ok: false, problem };
      kind = 'CSV';
    } else if (head.kind === 'ZIP') {
      const office = this.officeKind();
      if ('problem' in office) return { ok: false, problem: office.problem };
      kind = office.kind;
    } else kind = head.kind;
    const named = evidenceKindOfName(safeEvidenceFileName(this.fileName))!;
    if (named !== kind) return { ok: false, problem: EVIDENCE_MESSAGES.mismatch(named, kind) };
    return { ok: true, kind, contentType: EVIDENCE_KIND_INFO[kind].contentType, sizeBytes: this.size };
  }

  private judgeHead() {
    this.headVerdict = sniffEvidenceHead(this.head);
    if ('problem' in this.headVerdict) this.problem = this.headVerdict.problem;
  }

  private keepTail(piece: Uint8Array) {
    this.tail.push(piece);
    this.tailLength += piece.length;
    while (this.tail.length > 1 && this.tailLength - this.tail[0]!.length >= EVIDENCE_ZIP_TAIL_BYTES) {
      this.tailLength -= this.tail.shift()!.length;
    }
  }

  private officeKind() {
    const tail = new Uint8Array(this.tailLength);
    let at = 0;
    for (const piece of this.tail) {
      tail.set(piece, at);
      at += piece.length;
    }
    // The tail starts this far into the file, so the directory's offsets are read relative to it.
    const directory = zipDirectory(tail, this.size - this.tailLength);
    if ('problem' in directory) {
      return {
        problem:
          directory.problem === 'tooManyEntries'
            ? EVIDENCE_MESSAGES.notAccepted
            : EVIDENCE_MESSAGES.unreadableZip,
      };
    }
    if (zipExpansion(directory.entries, ZIP_LIMITS)) return { problem: EVIDENCE_MESSAGES.unreadableZip };
    return officeKindOfEntries(directory.entries);
  }
}

/** Checks that bytes are UTF-8 with no NUL, across pieces split anywhere. */
class Utf8Checker {
  private need = 0;
  private min = 0;
  private codePoint = 0;

  push(bytes: Uint8Array): string | null {
    for (const b of bytes) {
      if (b === 0) return EVIDENCE_MESSAGES.notUtf8;
      if (this.need === 0) {
        if (b < 0x80) continue;
        if (b >= 0xc2 && b <= 0xdf) [this.need, this.min, this.codePoint] = [1, 0x80, b & 0x1f];
        else if (b >= 0xe0 && b <= 0xef) [this.need, this.min, this.codePoint] = [2, 0x800, b & 0x0f];
        else if (b >= 0xf0 && b <= 0xf4) [this.need, this.min, this.codePoint] = [3, 0x10000, b & 0x07];
        else return EVIDENCE_MESSAGES.notUtf8;
      } else {
        if ((b & 0xc0) !== 0x80) return EVIDENCE_MESSAGES.notUtf8;
        this.codePoint = (this.codePoint << 6) | (b & 0x3f);
        if (--this.need === 0) {
          const c = this.codePoint;
          if (c < this.min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return EVIDENCE_MESSAGES.notUtf8;
        }
      }
    }
    return null;
  }

  end(): string | null {
    return this.need === 0 ? null : EVIDENCE_MESSAGES.notUtf8;
  }
}
