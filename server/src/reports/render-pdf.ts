import type { RenderOptions } from './render.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { ReportModel } from './report-model.js';
import { longDate, plural, preparedBy } from './labels.js';
import { woffToSfnt } from './woff.js';
import { sectionTables, type SectionTable } from './sections.js';

// The standard 14 PDF fonts are not embedded, so a reader may swap them; Noto Sans is.
const require = createRequire(import.meta.url);
const font = (file: string) =>
  woffToSfnt(readFileSync(require.resolve(`@fontsource/noto-sans/files/${file}`)));
let fonts: { regular: Buffer; bold: Buffer } | null = null;

type Struct = PDFKit.PDFStructureElement;

const TEXT = '#0b0c0c';
const GREY = '#505a5f';
const RAG_FILL: Record<string, string> = { RED: '#d4351c', AMBER: '#f47738', GREEN: '#00703c' };
const MARGIN = 56;
const BORDER = '#b1b4b6';
const HEADER_FILL = '#f3f2f1';

/**
 * The report as an accessible PDF: tagged (headings, paragraphs, lists, real tables and figures
 * with alternative text), Noto Sans embedded, page numbers and the draft mark as artifacts.
 * Pure: the same model gives the same bytes (the creation date is the model's own moment).
 */
export function renderPdf(model: ReportModel, options: RenderOptions = {}): Promise<Buffer> {
  const created = new Date(model.frozenAt ?? model.asAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    // PDF/UA-1: the identifier in the XMP metadata (with the title and language), so checkers
    // treat it as PDF/UA, on top of the tagging below.
    // PDFKit has it (its PDFUA mixin); @types/pdfkit lists only the PDF/A subsets.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: model.title,
      Author: 'Partnership Tracker',
      Subject: `Panel report for ${model.quarter}`,
      Creator: 'Partnership Tracker',
      Producer: 'Partnership Tracker (PDFKit)',
      CreationDate: created,
      ModDate: created,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  fonts ??= {
    regular: font('noto-sans-latin-400-normal.woff'),
    bold: font('noto-sans-latin-700-normal.woff'),
  };
  doc.registerFont('Noto', fonts.regular);
  doc.registerFont('Noto-Bold', fonts.bold);
  doc.font('Noto').fillColor(TEXT);

  const repeatedHeaders: { page: number; headers: string[]; columns: number[]; headerHeight: number }[] = [];
  const root = doc.struct('Document');
  doc.addStructure(root);
  // Wide sections are on landscape pages, so the page's own width is read each time.
  const contentWidth = () => doc.page.width - MARGIN * 2;

  // Bookmarks mirror the headings: the report's title, its sections under it, their parts under them.
  const outline: PDFKit.PDFOutline[] = [doc.outline];
  const heading = (level: 1 | 2 | 3, text: string) => {
    const size = level === 1 ? 22 : level === 2 ? 16 : 12.5;
    // Keep a heading with some of what follows it.
    if (doc.y > doc.page.maxY() - size * 5) doc.addPage();
    const parent = outline[Math.min(level - 1, outline.length - 1)]!;
    outline.length = level;
    outline.push(parent.addItem(text, { expanded: level < 2 }));
    doc.moveDown(level === 1 ? 0 : 0.6);
    root.add(
      doc.struct(`H${level}`, {}, () => {
        doc
          .font('Noto-Bold')
          .fontSize(size)
          .fillColor(TEXT)
          .text(text, MARGIN, doc.y, { width: contentWidth() });
      }),
    );
    doc.moveDown(0.3);
  };
  const para = (text: string, options: { size?: number; colour?: string; bold?: boolean } = {}) => {
    root.add(
      doc.struct('P', {}, () => {
        doc
          .font(options.bold ? 'Noto-Bold' : 'Noto')
          .fontSize(options.size ?? 10.5)
          .fillColor(options.colour ?? TEXT)
          .text(text, MARGIN, doc.y, { width: contentWidth() });
      }),
    );
    doc.moveDown(0.4);
  };
  const list = (items: string[]) => {
    const l = doc.struct('L');
    root.add(l);
    for (const item of items) {
      const li = doc.struct('LI');
      l.add(li);
      li.add(
        doc.struct('Lbl', {}, () =>
          doc.font('Noto').fontSize(10.5).text('•', MARGIN, doc.y, { continued: false, lineBreak: false }),
        ),
      );
      const y = doc.y;
      li.add(doc.struct('LBody', {}, () => doc.text(item, MARGIN + 14, y, { width: contentWidth() - 14 })));
      li.end();
    }
    l.end();
    doc.moveDown(0.4);
  };
  const table = (t: SectionTable, caption?: string) => {
    if (caption) para(caption, { bold: true, size: 10 });
    if (t.rows.length === 0) {
      para(t.empty);
      return;
    }
    if (doc.y > doc.page.maxY() - 60) doc.addPage();
    doc.font('Noto').fontSize(8.5).fillColor(TEXT);
    const total = t.widths.reduce((a, b) => a + b, 0);
    const width = contentWidth();
    const columns = t.widths.map((w) => (w / total) * width);
    // A table that runs onto more pages repeats its header row at the top of each (drawn at the end,
    // as an artifact: the tags already tie every cell to its column header). Leave room for it.
    doc.font('Noto-Bold');
    const headerHeight =
      Math.max(...t.headers.map((h, i) => doc.heightOfString(h, { width: columns[i] - 6 }))) + 6;
    doc.font('Noto');
    const reserve = () => (doc.page.margins = { ...doc.page.margins, top: MARGIN + headerHeight });
    const continued = () => {
      repeatedHeaders.push({
        page: doc.bufferedPageRange().count - 1,
        headers: t.headers,
        columns,
        headerHeight,
      });
      reserve();
    };
    reserve();
    doc.on('pageAdded', continued);
    doc.table({
      structParent: root as Struct,
      position: { x: MARGIN, y: doc.y },
      maxWidth: width,
      columnStyles: columns.map((w) => ({ width: w })),
      defaultStyle: { padding: 3, border: 0.5, borderColor: BORDER, font: { src: 'Noto', size: 8.5 } },
      rowStyles: (i: number) =>
        i === 0
          ? {
              type: 'TH',
              scope: 'Column',
              font: { src: 'Noto-Bold', size: 8.5 },
              backgroundColor: HEADER_FILL,
            }
          : {},
      data: [t.headers, ...t.rows.map((r) => r.map((c) => (c === null ? '' : String(c.text))))],
    } as unknown as PDFKit.Mixins.TableOptions);
    doc.off('pageAdded', continued);
    doc.page.margins = { ...doc.page.margins, top: MARGIN };
    doc.x = MARGIN;
    doc.moveDown(0.6);
  };
  const ragChart = (alt: string, rags: ReportModel['priorities'][number]['rags']) => {
    const height = rags.length * 20 + 8;
    if (doc.y + height > doc.page.maxY()) doc.addPage();
    const top = doc.y;
    const max = Math.max(1, ...rags.map((r) => r.count));
    const width = contentWidth();
    const barSpace = width - 150;
    root.add(
      // The bounding box tells assistive technology where the figure is; @types/pdfkit lacks it.
      doc.struct(
        'Figure',
        { alt, bbox: [MARGIN, top, MARGIN + width, top + height] } as PDFKit.Mixins.StructureElementOptions,
        () => {
          rags.forEach((r, i) => {
            const y = top + 4 + i * 20;
            doc
              .font('Noto')
              .fontSize(9.5)
              .fillColor(TEXT)
              .text(r.label, MARGIN, y + 2, { width: 60, lineBreak: false });
            const w = (r.count / max) * barSpace;
            if (w > 0)
              doc
                .save()
                .rect(MARGIN + 64, y, w, 14)
                .fill(RAG_FILL[r.key])
                .restore();
            doc.fillColor(TEXT).text(plural(r.count, 'action'), MARGIN + 70 + w, y + 2, { lineBreak: false });
          });
        },
      ),
    );
    doc.x = MARGIN;
    doc.y = top + height + 6;
  };

  // Cover: the organisation's logo, when the installation has one (its settings), as a figure.
  if (options.logo) {
    const top = doc.y;
    const fit: [number, number] = [180, 60];
    root.add(
      doc.struct(
        'Figure',
        {
          alt: `Logo of ${options.organisation?.organisationName ?? model.owner}`,
          bbox: [MARGIN, top, MARGIN + fit[0], top + fit[1]],
        } as PDFKit.Mixins.StructureElementOptions,
        () => {
          doc.image(Buffer.from(options.logo!), MARGIN, top, { fit });
        },
      ),
    );
    doc.x = MARGIN;
    doc.y = top + fit[1] + 10;
  }
  doc.moveDown(4);
  if (model.draft)
    para('DRAFT: live data, not a closed quarter', { size: 14, bold: true, colour: '#d4351c' });
  heading(1, model.title);
  para(model.planTitle, { size: 13 });
  para(`Owner: ${model.owner}`, { size: 12 });
  para(`Quarter: ${model.quarter}`, { size: 12 });
  para(`Data as at ${longDate(model.asAt)}`, { size: 12 });
  para(model.source, { colour: GREY });
  para(preparedBy(options.organisation), { colour: GREY });

  const sections = sectionTables(model);
  for (const section of sections.filter((x) => x.inDocuments)) {
    if (section.newPage) {
      // Pages a table runs onto take the document's options, so set the layout there.
      (doc.options as { layout?: string }).layout = section.landscape ? 'landscape' : 'portrait';
      doc.addPage();
    }
    heading(2, section.title);
    if (section.intro) for (const p of section.intro) para(p);
    if (section.bullets?.length) list(section.bullets);
    for (const part of section.parts) {
      if (part.heading) heading(3, part.heading);
      if (part.text) for (const p of part.text) para(p);
      if (part.bullets?.length) list(part.bullets);
      if (part.chart) ragChart(part.chart.alt, part.chart.rags);
      if (part.table) table(part.table, part.caption);
    }
  }

  // Page numbers and the draft mark on every page, as artifacts: not part of the reading order.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const width = contentWidth();
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font('Noto')
      .fontSize(8.5)
      .fillColor(GREY)
      .text(
        `${model.draft ? 'DRAFT  ·  ' : ''}${model.planTitle}, ${model.quarter}  ·  Page ${i + 1} of ${range.count}`,
        MARGIN,
        doc.page.height - 40,
        { width, align: 'center', lineBreak: false },
      );
    if (model.draft) {
      doc
        .font('Noto-Bold')
        .fontSize(9)
        .fillColor('#d4351c')
        .text('DRAFT', MARGIN, 28, { width, align: 'right', lineBreak: false });
    }
    for (const r of repeatedHeaders.filter((h) => h.page === i)) {
      let x = MARGIN;
      r.headers.forEach((header, c) => {
        doc
          .save()
          .lineWidth(0.5)
          .rect(x, MARGIN, r.columns[c], r.headerHeight)
          .fillAndStroke(HEADER_FILL, BORDER)
          .restore();
        doc
          .font('Noto-Bold')
          .fontSize(8.5)
          .fillColor(TEXT)
          .text(header, x + 3, MARGIN + 3, { width: r.columns[c] - 6, lineBreak: true });
        x += r.columns[c];
      });
    }
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  root.end();
  // PDFKit's XMP names the title, creator and producer; PDF/UA checkers also read the language there.
  (doc as unknown as { appendXML(xml: string): void }).appendXML(
    `<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" rdf:about="">
            <dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>
        </rdf:Description>`,
  );
  doc.end();
  return done;
}
