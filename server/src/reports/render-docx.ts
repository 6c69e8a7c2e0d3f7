import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import type { ReportModel } from './report-model.js';
import { longDate, preparedBy } from './labels.js';
import type { RenderOptions } from './render.js';
import { sectionTables, type SectionTable } from './sections.js';

const FONT = 'Arial';
/** The document's language, in its styles, every run and its core properties (WCAG 3.1.1). */
const LANG = { value: 'en-GB' } as const;
const border = { style: BorderStyle.SINGLE, size: 4, color: 'B1B4B6' };

function table(t: SectionTable): Table {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const cell = (value: string, header: boolean, i: number) =>
    new TableCell({
      width: { size: Math.round((t.widths[i] / total) * 5000), type: WidthType.PERCENTAGE },
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F2F1' } : undefined,
      borders: { top: border, bottom: border, left: border, right: border },
      children: value.split('\n').map(
        (line) =>
          new Paragraph({
            children: [new TextRun({ text: line, bold: header, size: 18, font: FONT, language: LANG })],
          }),
      ),
    });
  return new Table({
    width: { size: 5000, type: WidthType.PERCENTAGE },
    rows: [
      // A header row Word repeats at the top of every page the table runs onto.
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: t.headers.map((h, i) => cell(h, true, i)),
      }),
      ...t.rows.map(
        (row) =>
          new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c?.text ?? '', false, i)) }),
      ),
    ],
  });
}

const para = (text: string, options: { bold?: boolean; colour?: string; size?: number } = {}) =>
  new Paragraph({
    spacing: { after: 120 },
    children: [
      new TextRun({
        text,
        bold: options.bold,
        color: options.colour,
        size: options.size,
        font: FONT,
        language: LANG,
      }),
    ],
  });

const heading = (level: (typeof HeadingLevel)[keyof typeof HeadingLevel], text: string) =>
  new Paragraph({ heading: level, children: [new TextRun({ text, language: LANG })] });

/** Word's heading styles with outline levels, so its navigation pane and a PDF's bookmarks work. */
const headingStyle = (outlineLevel: number, size: number) => ({
  run: { font: FONT, size, bold: true, color: '0B0C0C', language: LANG },
  paragraph: { outlineLevel, keepNext: true, spacing: { before: 240, after: 120 } },
});

/**
 * The report as an editable Word document, ready for the Panel's agenda papers: real headings
 * (Heading 1 to 3, so the navigation pane and a table of contents work), real tables whose
 * header row repeats on each page, and page numbers in the footer.
 */
export async function renderDocx(model: ReportModel, options: RenderOptions = {}): Promise<Buffer> {
  // Word sections: portrait, and a landscape one for each wide table, as in the PDF.
  const blocks: { landscape: boolean; children: (Paragraph | Table)[] }[] = [
    { landscape: false, children: [] },
  ];
  let children = blocks[0]!.children;
  if (model.draft)
    children.push(para('DRAFT: live data, not a closed quarter', { bold: true, colour: 'D4351C', size: 28 }));
  children.push(heading(HeadingLevel.HEADING_1, model.title));
  children.push(para(model.planTitle, { size: 26 }));
  children.push(para(`Quarter: ${model.quarter}`));
  children.push(para(`Data as at ${longDate(model.asAt)}`));
  children.push(para(model.source));
  children.push(para(preparedBy(options.organisation)));

  for (const section of sectionTables(model).filter((s) => s.inDocuments)) {
    const landscape = section.landscape ?? false;
    if (landscape !== blocks.at(-1)!.landscape) {
      // A new Word section starts on a new page, in the other orientation.
      blocks.push({ landscape, children: [] });
      children = blocks.at(-1)!.children;
    } else if (section.newPage) children.push(new Paragraph({ children: [new PageBreak()] }));
    children.push(heading(HeadingLevel.HEADING_2, section.title));
    for (const p of section.intro ?? []) children.push(para(p));
    for (const part of section.parts) {
      if (part.heading) children.push(heading(HeadingLevel.HEADING_3, part.heading));
      for (const p of part.text ?? []) children.push(para(p));
      for (const b of part.bullets ?? [])
        children.push(
          new Paragraph({
            bullet: { level: 0 },
            children: [new TextRun({ text: b, font: FONT, language: LANG })],
          }),
        );
      if (part.chart) children.push(para(part.chart.alt));
      if (part.table) {
        if (part.caption) children.push(para(part.caption, { bold: true }));
        if (part.table.rows.length === 0) children.push(para(part.table.empty));
        else {
          children.push(table(part.table));
          children.push(para(''));
        }
      }
    }
  }

  const mark = model.draft ? 'DRAFT · ' : '';
  const doc = new Document({
    title: model.title,
    subject: `Panel report for ${model.quarter}`,
    creator: 'Partnership Tracker',
    lastModifiedBy: 'Partnership Tracker',
    description: model.source,
    styles: {
      default: {
        document: { run: { font: FONT, size: 21, language: LANG } },
        heading1: headingStyle(0, 36),
        heading2: headingStyle(1, 30),
        heading3: headingStyle(2, 24),
      },
    },
    sections: blocks.map((block) => ({
      properties: block.landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
      headers: {
        default: new Header({
          children: [
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              children: [
                new TextRun({
                  text: `${mark}${model.planTitle}, ${model.quarter}`,
                  size: 16,
                  color: '505A5F',
                }),
              ],
            }),
          ],
        }),
      },
      footers: {
        default: new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [
                new TextRun({
                  children: [`${mark}Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  size: 16,
                }),
              ],
            }),
          ],
        }),
      },
      children: block.children,
    })),
  });
  return asWordWrites(await Packer.toBuffer(doc), new Date(model.frozenAt ?? model.asAt));
}

/**
 * Two things docx writes differently from Word, put as Word writes them: the document language
 * in the core properties (docx writes no dc:language), and the built-in heading styles' names,
 * which Word stores in lower case ("heading 1", shown as "Heading 1") and by which other tools
 * (python-docx, converters) know them as Word's own headings.
 */
async function asWordWrites(docx: Buffer, moment: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  // Dated by the report, not by the moment it was rendered.
  const rewrite = async (path: string, change: (xml: string) => string) =>
    zip.file(path, change(await zip.file(path)!.async('string')), { date: moment });
  await rewrite('docProps/core.xml', (core) =>
    core.replace('</cp:coreProperties>', `<dc:language>${LANG.value}</dc:language></cp:coreProperties>`),
  );
  await rewrite('word/styles.xml', (styles) =>
    styles.replace(/<w:name w:val="Heading (\d)"\/>/g, '<w:name w:val="heading $1"/>'),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
