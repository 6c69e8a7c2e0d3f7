import {
  EVIDENCE_ACCEPT,
  EVIDENCE_MESSAGES,
  EvidenceInspector,
  evidenceNameProblem,
  safeEvidenceFileName,
  type EvidenceVerdict,
} from './evidence.js';

const MB = 1024 * 1024;
const bytes = (...parts: (string | number[] | Uint8Array)[]) => {
  const out: number[] = [];
  for (const p of parts) {
    for (const b of typeof p === 'string' ? new TextEncoder().encode(p) : p) out.push(b);
  }
  return new Uint8Array(out);
};
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A stored (uncompressed) ZIP archive of the named parts. */
function zipOf(names: string[], flags = 0): Uint8Array {
  const locals: number[] = [];
  const centrals: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  for (const name of names) {
    const data = [...new TextEncoder().encode(`<x>${name}</x>`)];
    const nameBytes = [...new TextEncoder().encode(name)];
    const offset = locals.length;
    locals.push(...u32(0x04034b50), ...u16(20), ...u16(flags), ...u16(0), ...u32(0), ...u32(0));
    locals.push(...u32(data.length), ...u32(data.length), ...u16(nameBytes.length), ...u16(0));
    locals.push(...nameBytes, ...data);
    centrals.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(flags), ...u16(0), ...u32(0), ...u32(0));
    centrals.push(...u32(data.length), ...u32(data.length), ...u16(nameBytes.length), ...u16(0), ...u16(0));
    centrals.push(...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...nameBytes);
  }
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(names.length), ...u16(names.length)];
  end.push(...u32(centrals.length), ...u32(locals.length), ...u16(0));
  return new Uint8Array([...locals, ...centrals, ...end]);
}

/** Inspects a file sent in pieces of `pieceSize` bytes, as an upload arrives. */
function inspect(name: string, content: Uint8Array, maxBytes = 10 * MB, pieceSize = 7): EvidenceVerdict {
  const inspector = new EvidenceInspector(name, maxBytes);
  for (let at = 0; at < content.length; at += pieceSize) {
    const problem = inspector.push(content.subarray(at, at + pieceSize));
    if (problem) return { ok: false, problem };
  }
  return inspector.finish();
}

describe('evidence files', () => {
  it('accepts each kind by its content when its name agrees', () => {
    expect(inspect('report.pdf', bytes('%PDF-1.7\n...'))).toMatchObject({ ok: true, kind: 'PDF' });
    expect(inspect('sign.PNG', bytes(PNG, 'rest'))).toMatchObject({ ok: true, kind: 'PNG' });
    expect(inspect('photo.jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))).toMatchObject({ kind: 'JPEG' });
    expect(inspect('a.gif', bytes('GIF89a...'))).toMatchObject({ kind: 'GIF' });
    expect(inspect('a.webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toMatchObject({ kind: 'WEBP' });
    expect(inspect('register.csv', bytes('Name,Attended\nJo Bloggs,Yes\nZoë,No\n'))).toMatchObject({
      ok: true,
      kind: 'CSV',
      contentType: 'text/csv; charset=utf-8',
    });
    const docx = zipOf(['[Content_Types].xml', 'word/document.xml']);
    expect(inspect('agreement.docx', docx)).toMatchObject({ ok: true, kind: 'DOCX', sizeBytes: docx.length });
    expect(inspect('register.xlsx', zipOf(['[Content_Types].xml', 'xl/workbook.xml']))).toMatchObject({
      kind: 'XLSX',
    });
  });

  it('refuses a file whose content does not match its name, saying what it is', () => {
    expect(inspect('photo.jpg', bytes('%PDF-1.4'))).toEqual({
      ok: false,
      problem:
        'The file’s name says it is a JPEG image, but it is a PDF document. Rename it .pdf or choose the right file',
    });
    expect(inspect('minutes.docx', zipOf(['[Content_Types].xml', 'xl/workbook.xml']))).toMatchObject({
      problem: expect.stringContaining('but it is an Excel spreadsheet (XLSX)'),
    });
  });

  it('refuses web pages, SVG images, programs and scripts whatever their name', () => {
    expect(inspect('a.csv', bytes('  <!DOCTYPE html><html><body>hi</body></html>'))).toEqual({
      ok: false,
      problem: EVIDENCE_MESSAGES.html,
    });
    expect(inspect('a.csv', bytes('name,note\nx,<script>alert(1)</script>'))).toMatchObject({
      problem: EVIDENCE_MESSAGES.html,
    });
    expect(inspect('a.csv', bytes('<?xml version="1.0"?><svg xmlns="x">'))).toMatchObject({
      problem: EVIDENCE_MESSAGES.svg,
    });
    expect(inspect('a.pdf', bytes('MZ\x90\x00'))).toMatchObject({ problem: EVIDENCE_MESSAGES.program });
    expect(inspect('a.csv', bytes([0x7f], 'ELF\x02\x01'))).toMatchObject({
      problem: EVIDENCE_MESSAGES.program,
    });
    expect(inspect('a.csv', bytes('#!/bin/sh\nrm -rf /'))).toMatchObject({
      problem: EVIDENCE_MESSAGES.program,
    });
    expect(inspect('a.docm', zipOf(['[Content_Types].xml']))).toMatchObject({
      problem: expect.stringContaining('Files ending .docm cannot be uploaded'),
    });
    expect(
      inspect('a.docx', zipOf(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin'])),
    ).toMatchObject({
      problem: EVIDENCE_MESSAGES.macros,
    });
    expect(inspect('a.docx', zipOf(['[Content_Types].xml', 'word/document.xml'], 1))).toMatchObject({
      problem: EVIDENCE_MESSAGES.encrypted,
    });
    expect(inspect('a.docx', zipOf(['mimetype', 'content.xml']))).toMatchObject({
      problem: EVIDENCE_MESSAGES.notAccepted,
    });
  });

  it('refuses text that is not UTF-8 or holds a NUL byte, even far into the file', () => {
    const long = 'a,b\n'.repeat(100_000);
    expect(inspect('a.csv', bytes(long, [0xff], 'x'), 10 * MB, 65536)).toMatchObject({
      problem: EVIDENCE_MESSAGES.notUtf8,
    });
    expect(inspect('a.csv', bytes(long, [0], 'x'), 10 * MB, 65536)).toMatchObject({
      problem: EVIDENCE_MESSAGES.notUtf8,
    });
    // A character split across two pieces is still one character.
    expect(inspect('a.csv', bytes('caf', [0xc3], [0xa9]), 10 * MB, 4)).toMatchObject({ ok: true });
    expect(inspect('a.csv', bytes('caf', [0xc3]))).toMatchObject({ problem: EVIDENCE_MESSAGES.notUtf8 });
  });

  it('stops at the first byte over the limit, and refuses an empty file', () => {
    const inspector = new EvidenceInspector('big.pdf', 1000);
    expect(inspector.push(bytes('%PDF-', new Array(900).fill(32)))).toBeNull();
    expect(inspector.push(new Uint8Array(200))).toBe('The file must be smaller than 1000 bytes');
    expect(inspect('a.pdf', new Uint8Array(0))).toEqual({ ok: false, problem: EVIDENCE_MESSAGES.empty });
    expect(EVIDENCE_MESSAGES.tooBig(10 * MB)).toBe('The file must be smaller than 10 MB');
  });

  it('judges names: the extension must be one accepted, and the stored name is safe', () => {
    expect(evidenceNameProblem('photo.jpg')).toBeNull();
    expect(evidenceNameProblem('setup.exe')).toMatch(/^Files ending .exe cannot be uploaded/);
    expect(evidenceNameProblem('README')).toMatch(/must end in its type/);
    expect(safeEvidenceFileName('C:\\Users\\jo\\..\\"sign"<1>.png')).toBe('_sign__1_.png');
    expect(safeEvidenceFileName(`${'x'.repeat(300)}.pdf`)).toHaveLength(150);
    expect(EVIDENCE_ACCEPT).toContain('.docx');
    expect(EVIDENCE_ACCEPT).toContain('image/jpeg');
  });
});
