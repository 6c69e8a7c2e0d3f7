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
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportModel } from './report-model.js';
import { longDate } from './labels.js';
import { sectionTables, type SectionTable } from './sections.js';

const FONT = 'Arial';
const border = { style: BorderStyle.SINGLE, size: 4, color: 'B1B4B6' };

function table(t: SectionTable): Table {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const cell = (value: string, header: boolean, i: number) =>
    new TableCell({
      width: { size: Math.round((t.widths[i] / total) * 5000), type: WidthType.PERCENTAGE },
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F2F1' } : undefined,
      borders: { top: border, bottom: border, left: border, right: border },
      children: value
        .split('\n')
        .map(
          (line) =>
            new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 18, font: FONT })] }),
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
      new TextRun({ text, bold: options.bold, color: options.colour, size: options.size, font: FONT }),
    ],
  });

/**
 * The report as an editable Word document, ready for the Panel's agenda papers: real headings
 * (Heading 1 to 3, so the navigation pane and a table of contents work), real tables whose
 * header row repeats on each page, and page numbers in the footer.
 */
export async function renderDocx(model: ReportModel): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  if (model.draft)
    children.push(para('DRAFT: live data, not a closed quarter', { bold: true, colour: 'D4351C', size: 28 }));
  children.push(
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: model.title })] }),
  );
  children.push(para(model.planTitle, { size: 26 }));
  children.push(para(`Quarter: ${model.quarter}`));
  children.push(para(`Data as at ${longDate(model.asAt)}`));
  children.push(para(model.source));
  children.push(para('Prepared for the Police and Crime Panel with Partnership Tracker.'));

  for (const section of sectionTables(model).filter((s) => s.inDocuments)) {
    if (section.newPage) children.push(new Paragraph({ children: [new PageBreak()] }));
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: section.title })] }),
    );
    for (const p of section.intro ?? []) children.push(para(p));
    for (const part of section.parts) {
      if (part.heading)
        children.push(
          new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun({ text: part.heading })] }),
        );
      for (const p of part.text ?? []) children.push(para(p));
      for (const b of part.bullets ?? [])
        children.push(
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: b, font: FONT })] }),
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
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
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
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
