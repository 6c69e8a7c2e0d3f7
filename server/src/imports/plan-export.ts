import { formatContributionRefs } from '@partnership-tracker/domain';
import { compareRefs } from '../actions/action-ref.js';
import { toCsv } from '../common/csv-write.js';
import type { PrismaService } from '../common/prisma/prisma.service.js';
import { PLAN_COLUMNS, PLAN_SHEET_NAME, STATUS_WORDS, type ColumnKey } from './plan-sheet.js';

// A plan as the import reads it: one row per live action in the template's columns, so the
// Commissioner's team can edit it in a spreadsheet and import it again. Importing the file
// unchanged changes nothing (imports.e2e and alignment.e2e check it).

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

/** The header and one row per live action, in plan order, cells in PLAN_COLUMNS order. */
export async function planExportRows(prisma: PrismaService, planId: string): Promise<string[][]> {
  const actions = await prisma.action.findMany({
    where: { archivedAt: null, priority: { planId, archivedAt: null } },
    include: {
      priority: true,
      leadPartner: { select: { name: true } },
      supporters: { select: { partner: { select: { name: true } } } },
      milestones: { where: { archivedAt: null }, orderBy: [{ dueDate: 'asc' }, { title: 'asc' }] },
      contributesTo: {
        where: { archivedAt: null, status: 'AGREED' },
        include: { priority: { include: { plan: { select: { slug: true } } } } },
      },
    },
  });
  actions.sort((a, b) => a.priority.number - b.priority.number || compareRefs(a.ref, b.ref));
  const rows = actions.map((a) => {
    const cells: Record<ColumnKey, string> = {
      priority: String(a.priority.number),
      ref: a.ref,
      title: a.title,
      description: a.description ?? '',
      lead: a.leadPartner.name,
      supporters: a.supporters
        .map((s) => s.partner.name)
        .sort()
        .join('; '),
      startDate: iso(a.startDate),
      dueDate: iso(a.dueDate),
      milestones: a.milestones.map((m) => `${iso(m.dueDate)} ${m.title}`).join('; '),
      status: STATUS_WORDS[a.status],
      publicSummary: a.publicSummary ?? '',
      contributions: formatContributionRefs(
        a.contributesTo
          .map((c) => ({ planSlug: c.priority.plan.slug, number: c.priority.number }))
          .sort((x, y) => x.planSlug.localeCompare(y.planSlug) || x.number - y.number),
      ),
    };
    return PLAN_COLUMNS.map((c) => cells[c.key]);
  });
  return [PLAN_COLUMNS.map((c) => c.header), ...rows];
}

export async function planExportCsv(prisma: PrismaService, planId: string): Promise<string> {
  return toCsv(await planExportRows(prisma, planId));
}

export async function planExportXlsx(prisma: PrismaService, planId: string): Promise<Buffer> {
  const [header, ...rows] = await planExportRows(prisma, planId);
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'Partnership Tracker';
  const sheet = workbook.addWorksheet(PLAN_SHEET_NAME);
  sheet.columns = PLAN_COLUMNS.map((c, i) => ({ header: header![i], key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  // References are text: as numbers, Excel would turn 1.10 into 1.1.
  sheet.getColumn('ref').numFmt = '@';
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
