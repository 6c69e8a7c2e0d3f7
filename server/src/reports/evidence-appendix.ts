import { evidenceKindLabel, fileSizeText } from '@partnership-tracker/domain';
import { compareRefs } from '../actions/action-ref.js';
import type { PrismaService } from '../common/prisma/prisma.service.js';
import type { ReportModel } from './report-model.js';
import { date, int, text, type Section, type SectionTable } from './sections.js';

/** One milestone's evidence file, as the Panel report's appendix lists it. */
export interface ReportEvidence {
  ref: string;
  milestone: string;
  fileName: string;
  /** "PNG image". */
  kind: string;
  sizeBytes: number;
  addedBy: string;
  /** YYYY-MM-DD. */
  addedOn: string;
  sha256: string;
}

/**
 * Each milestone's evidence files as they stood at the report's moment: attached by then and not
 * archived by then, so a closed quarter's report made again lists the same files.
 */
export async function evidenceForReport(
  prisma: PrismaService,
  planId: string,
  asAt: string,
): Promise<ReportEvidence[]> {
  const at = new Date(asAt);
  const files = await prisma.evidenceFile.findMany({
    where: {
      milestoneId: { not: null },
      attachedAt: { lte: at },
      OR: [{ archivedAt: null }, { archivedAt: { gt: at } }],
      action: { archivedAt: null, priority: { planId, archivedAt: null } },
      milestone: { archivedAt: null },
    },
    include: { action: { select: { ref: true } }, milestone: { select: { title: true, dueDate: true } } },
  });
  return files
    .sort(
      (a, b) =>
        compareRefs(a.action.ref, b.action.ref) ||
        a.milestone!.dueDate.getTime() - b.milestone!.dueDate.getTime() ||
        a.milestone!.title.localeCompare(b.milestone!.title) ||
        a.createdAt.getTime() - b.createdAt.getTime() ||
        a.id.localeCompare(b.id),
    )
    .map((f) => ({
      ref: f.action.ref,
      milestone: f.milestone!.title,
      fileName: f.fileName,
      kind: evidenceKindLabel(f.kind),
      sizeBytes: f.sizeBytes,
      addedBy: f.addedByEmail,
      addedOn: f.createdAt.toISOString().slice(0, 10),
      sha256: f.sha256,
    }));
}

function evidenceTable(evidence: readonly ReportEvidence[]): SectionTable {
  return {
    headers: ['Ref', 'Milestone', 'File', 'Type', 'Size', 'Added by', 'Added on', 'SHA-256'],
    rows: evidence.map((e) => [
      text(e.ref),
      text(e.milestone),
      text(e.fileName),
      text(e.kind),
      { ...int(e.sizeBytes), text: fileSizeText(e.sizeBytes) },
      text(e.addedBy),
      date(e.addedOn),
      text(e.sha256),
    ]),
    widths: [1, 4, 4, 2.5, 1.5, 4, 2.5, 7],
    empty: 'No milestone has evidence files.',
  };
}

/** The appendix of evidence files, when any milestone has some (and the model lists them). */
export function evidenceSections(model: ReportModel): Section[] {
  if (!model.evidence?.length) return [];
  const table = evidenceTable(model.evidence);
  return [
    {
      key: 'evidence',
      title: 'Appendix: evidence for milestones',
      sheet: 'Evidence',
      newPage: true,
      landscape: true,
      inDocuments: true,
      intro: [
        'The files partners attached as evidence that milestones were done. Each SHA-256 checksum identifies the file exactly: a copy with the same checksum is the same file.',
      ],
      parts: [{ table }],
      table,
    },
  ];
}
