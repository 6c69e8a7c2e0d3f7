// Reading generated Panel report files back, for the reports API tests.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { gql } from './graphql.js';
import { testClock } from './clock.js';

export const GENERATE = `mutation($input: GenerateReportInput!) {
  generateReport(input: $input) { id status draft title requestedByName }
}`;
export const RUN = `query($id: ID!) { reportRun(id: $id) {
  id status progress stage draft title modelHash error requestedByName requestedByEmail createdAt
  files { id format fileName sizeBytes sha256 renderMs downloadUrl }
} }`;
export const RUNS = `query($planId: ID!) { reportRuns(planId: $planId) { id title draft status files { format downloadUrl } } }`;

/** Polls a run as the page does, until it is DONE or FAILED. */
export async function waitForRun(agent: any, id: string, timeoutMs = 120_000) {
  const until = testClock.nowMs() + timeoutMs;
  const seen = new Set<number>();
  for (;;) {
    const res = await gql<any>(agent, RUN, { id });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const run = res.data.reportRun;
    seen.add(run.progress);
    if (run.status === 'DONE' || run.status === 'FAILED') return { run, progressSeen: [...seen] };
    if (testClock.nowMs() > until) throw new Error(`report ${id} still ${run.status} at ${run.progress}%`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function download(agent: any, url: string) {
  const res = await agent
    .get(url)
    .buffer(true)
    .parse((r: any, done: any) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
  return {
    status: res.status as number,
    headers: res.headers as Record<string, string>,
    body: res.body as Buffer,
  };
}

export interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}

export interface OutlineItem {
  title: string;
  items: OutlineItem[];
}

/** Text per page, the tag tree of each page, the document's title, XMP and bookmarks, via pdf.js. */
export async function readPdf(bytes: Buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  const trees: StructNode[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(content.items.map((item: any) => ('str' in item ? item.str : '')).join(' '));
    trees.push((await page.getStructTree()) as StructNode);
  }
  const meta = await doc.getMetadata();
  const outline = ((await doc.getOutline()) ?? []) as OutlineItem[];
  await doc.cleanup();
  return {
    pages,
    text: pages.join('\n'),
    trees,
    info: meta.info as Record<string, unknown>,
    /** The XMP metadata as written. */
    xmp: (meta.metadata?.getRaw() as string | undefined) ?? '',
    outline,
  };
}

/** Every role in a tag tree, depth first, with Figures' alt text. */
export function roles(node: StructNode | null | undefined, out: StructNode[] = []): StructNode[] {
  if (!node) return out;
  if (node.role) out.push(node);
  for (const child of node.children ?? []) roles(child, out);
  return out;
}

export async function docxXml(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}

/** The text of a DOCX's paragraphs, without the XML. */
export const docxText = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');

/** The report's CSV zip as each file's text, in the zip's order. */
export async function csvZip(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const files: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) files[name] = await zip.file(name)!.async('string');
  return files;
}

export async function readXlsx(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** Every sheet's values, as plain JSON, to compare two workbooks' content. */
export function xlsxValues(book: ExcelJS.Workbook) {
  return book.worksheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet
      .getSheetValues()
      .map((row) =>
        Array.isArray(row) ? row.map((v) => (v instanceof Date ? v.toISOString() : (v ?? null))) : row,
      ),
  }));
}
