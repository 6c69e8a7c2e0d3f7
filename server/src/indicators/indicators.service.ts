import { indicatorVisibility } from '../common/auth/visibility.js';
import { requireAdmin } from '../common/auth/access.js';
import { Injectable } from '@nestjs/common';
import type { Indicator, IndicatorMeasurement, Prisma } from '../generated/prisma/client.js';
import type { IndicatorUnit, ReportingFrequency } from '../generated/prisma/enums.js';
import { AuditService, type Tx } from '../audit/audit.service.js';
import { isSignedIn } from '../common/auth/permissions.js';
import type { Viewer } from '../common/auth/viewer.js';
import { AppError, badInput, ErrorCode, notFound, type FieldError } from '../common/graphql/errors.js';
import { formatIsoDate, parseIsoDate } from '../common/graphql/scalars.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { confirmedForAudit, guardPublicText } from '../common/privacy/guardrail.js';
import { parseCsv } from './csv.js';
import { isPeriodStart, periodLabel, periodStartOf } from '@partnership-tracker/domain';
import type {
  CreateIndicatorInput,
  ImportMeasurementsInput,
  RecordMeasurementInput,
  UpdateIndicatorInput,
} from './indicators.inputs.js';
import { Clock } from '../common/clock.js';

/** "1 October 2026" */
const longUkDate = (d: Date) =>
  d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

interface ValueRow {
  periodStart: Date;
  value: number;
  note: string | null;
}

const FREQUENCY_WORD: Record<ReportingFrequency, string> = {
  MONTH: 'month',
  QUARTER: 'UK financial quarter',
  FINANCIAL_YEAR: 'financial year',
};

/** Problems with one period's value, as field errors under `prefix`. */
function checkValue(
  indicator: Indicator,
  row: ValueRow,
  today: Date,
  prefix: string,
  writeDate: (d: Date) => string = formatIsoDate,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!isPeriodStart(row.periodStart, indicator.frequency)) {
    const start = writeDate(periodStartOf(row.periodStart, indicator.frequency));
    errors.push({
      field: `${prefix}periodStart`,
      message: `${writeDate(row.periodStart)} is not the first day of a ${FREQUENCY_WORD[indicator.frequency]}: use ${start}`,
    });
  } else if (row.periodStart > today) {
    errors.push({ field: `${prefix}periodStart`, message: 'The period has not started yet' });
  }
  const unit: IndicatorUnit = indicator.unit;
  if (unit === 'PERCENT' && (row.value < 0 || row.value > 100)) {
    errors.push({ field: `${prefix}value`, message: 'A percentage must be between 0 and 100' });
  } else if (unit !== 'CURRENCY_GBP' && row.value < 0) {
    errors.push({ field: `${prefix}value`, message: 'The value cannot be negative' });
  }
  if (Math.abs(row.value) > 1e15) errors.push({ field: `${prefix}value`, message: 'The value is too large' });
  return errors;
}

/** Performance indicators, their series and the corrections to them. */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private assertAdmin(viewer: Viewer) {
    requireAdmin(viewer, 'updateIndicator');
  }

  /** Everyone signed in sees every indicator; the public sees published ones. */
  visible(viewer: Viewer, indicator: Indicator): boolean {
    return indicatorVisibility.canSee(viewer, indicator);
  }

  async get(viewer: Viewer, id: string): Promise<Indicator> {
    const indicator = await this.prisma.indicator.findUnique({ where: { id } });
    if (!indicator || !this.visible(viewer, indicator)) throw notFound('The indicator');
    return indicator;
  }

  async list(viewer: Viewer, filter: { planId?: string | null; priorityId?: string | null }) {
    const where: Prisma.IndicatorWhereInput = {
      ...indicatorVisibility.where(viewer),
      ...(filter.priorityId || filter.planId
        ? {
            priorities: {
              some: {
                ...(filter.priorityId ? { priorityId: filter.priorityId } : {}),
                ...(filter.planId ? { priority: { planId: filter.planId } } : {}),
              },
            },
          }
        : {}),
    };
    return this.prisma.indicator.findMany({ where, orderBy: { name: 'asc' } });
  }

  private async assertPriorities(ids: string[]) {
    const unique = [...new Set(ids)];
    const found = await this.prisma.priority.count({ where: { id: { in: unique }, archivedAt: null } });
    if (found !== unique.length)
      throw badInput([{ field: 'priorityIds', message: 'Choose current priorities' }]);
    return unique;
  }

  async create(viewer: Viewer, input: CreateIndicatorInput): Promise<Indicator> {
    this.assertAdmin(viewer);
    const priorityIds = await this.assertPriorities(input.priorityIds ?? []);
    const { priorityIds: _ids, confirmPersonalData, ...fields } = input;
    // A published indicator's words are public: check them for personal data.
    const confirmed = fields.published
      ? guardPublicText(
          [
            { field: 'name', text: fields.name },
            { field: 'definition', text: fields.definition },
            { field: 'caveat', text: fields.caveat },
          ],
          confirmPersonalData,
        )
      : [];
    return this.prisma.$transaction(async (tx) => {
      const created = await tx.indicator.create({
        data: {
          ...fields,
          caveat: fields.caveat ?? null,
          targetValue: fields.targetValue ?? null,
          targetDate: fields.targetDate ?? null,
          priorities: { create: priorityIds.map((priorityId) => ({ priorityId })) },
        },
      });
      await this.audit.recordChange(tx, viewer, {
        operation: 'createIndicator',
        recordType: 'Indicator',
        recordId: created.id,
        after: { ...created, ...confirmedForAudit(confirmed) },
      });
      return created;
    });
  }

  async update(viewer: Viewer, input: UpdateIndicatorInput): Promise<Indicator> {
    this.assertAdmin(viewer);
    const before = await this.prisma.indicator.findUnique({
      where: { id: input.id },
      include: { priorities: true },
    });
    if (!before || before.archivedAt) throw notFound('The indicator');
    const { id, expectedVersion, priorityIds, definitionChangedOn, confirmPersonalData, ...fields } = input;
    const publishing = fields.published === true && !before.published;
    const confirmed =
      (fields.published ?? before.published)
        ? guardPublicText(
            (['name', 'definition', 'caveat'] as const)
              .filter((f) => publishing || (fields[f] !== undefined && fields[f] !== before[f]))
              .map((f) => ({ field: f, text: fields[f] === undefined ? before[f] : fields[f] })),
            confirmPersonalData,
          )
        : [];
    const linked = priorityIds ? await this.assertPriorities(priorityIds) : null;
    const redefined =
      fields.definition !== undefined && fields.definition.trim() !== before.definition.trim();
    const changedOn = definitionChangedOn ?? this.clock.today();
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.indicator.updateMany({
        where: { id, version: expectedVersion },
        data: { ...fields, version: { increment: 1 } },
      });
      if (count === 0) {
        throw new AppError(
          ErrorCode.CONFLICT,
          'Someone else changed this indicator. Reload it and try again.',
        );
      }
      if (linked) {
        await tx.indicatorPriority.deleteMany({ where: { indicatorId: id } });
        await tx.indicatorPriority.createMany({
          data: linked.map((priorityId) => ({ indicatorId: id, priorityId })),
        });
      }
      if (redefined) {
        await tx.indicatorDefinitionChange.create({
          data: {
            indicatorId: id,
            changedOn,
            previousDefinition: before.definition,
            newDefinition: fields.definition!,
            recordedByEmail: viewer.user!.email,
          },
        });
      }
      const after = await tx.indicator.findUniqueOrThrow({ where: { id }, include: { priorities: true } });
      await this.audit.recordChange(tx, viewer, {
        operation: 'updateIndicator',
        recordType: 'Indicator',
        recordId: id,
        before: { ...before, priorities: before.priorities.map((p) => p.priorityId).sort() },
        after: {
          ...after,
          priorities: after.priorities.map((p) => p.priorityId).sort(),
          ...confirmedForAudit(confirmed),
        },
      });
      const { priorities: _p, ...indicator } = after;
      return indicator;
    });
  }

  async archive(viewer: Viewer, id: string): Promise<Indicator> {
    this.assertAdmin(viewer);
    const before = await this.prisma.indicator.findUnique({ where: { id } });
    if (!before || before.archivedAt) throw notFound('The indicator');
    return this.audit.change<Indicator>(
      viewer,
      { operation: 'archiveIndicator', recordType: 'Indicator', before },
      (tx) => tx.indicator.update({ where: { id }, data: { archivedAt: this.clock.now() } }),
    );
  }

  private async live(id: string) {
    const indicator = await this.prisma.indicator.findUnique({ where: { id } });
    if (!indicator || indicator.archivedAt) throw notFound('The indicator');
    return indicator;
  }

  /**
   * Writes values in one transaction: new periods are created; a period that has a value is
   * corrected, keeping the old value in its history. `expected` gives the version the author saw
   * for a correction made by hand; imports correct whatever is there.
   */
  private async write(
    tx: Tx,
    viewer: Viewer,
    indicator: Indicator,
    rows: ValueRow[],
    expected?: number,
  ): Promise<{ created: number; corrected: number; unchanged: number; last: IndicatorMeasurement | null }> {
    const email = viewer.user!.email;
    const existing = await tx.indicatorMeasurement.findMany({
      where: { indicatorId: indicator.id, periodStart: { in: rows.map((r) => r.periodStart) } },
    });
    const byPeriod = new Map(existing.map((m) => [formatIsoDate(m.periodStart), m]));
    const counts = { created: 0, corrected: 0, unchanged: 0, last: null as IndicatorMeasurement | null };
    for (const row of rows) {
      const old = byPeriod.get(formatIsoDate(row.periodStart));
      if (!old) {
        counts.last = await tx.indicatorMeasurement.create({
          data: { indicatorId: indicator.id, ...row, recordedByEmail: email },
        });
        counts.created += 1;
        continue;
      }
      if (old.value === row.value && (old.note ?? null) === (row.note ?? null)) {
        counts.unchanged += 1;
        counts.last = old;
        continue;
      }
      if (expected !== undefined && old.version !== expected) {
        throw new AppError(
          ErrorCode.CONFLICT,
          `Someone else changed the value for ${periodLabel(old.periodStart, indicator.frequency)}. Reload it and try again.`,
        );
      }
      await tx.indicatorRevision.create({
        data: {
          measurementId: old.id,
          value: old.value,
          note: old.note,
          recordedByEmail: old.recordedByEmail,
          recordedAt: old.updatedAt,
          replacedByEmail: email,
        },
      });
      counts.last = await tx.indicatorMeasurement.update({
        where: { id: old.id },
        data: { value: row.value, note: row.note, recordedByEmail: email, version: { increment: 1 } },
      });
      counts.corrected += 1;
    }
    await this.audit.recordChange(tx, viewer, {
      operation: rows.length === 1 ? 'recordMeasurement' : 'importMeasurements',
      recordType: 'Indicator',
      recordId: indicator.id,
      after: {
        created: counts.created,
        corrected: counts.corrected,
        values: rows.map((r) => ({ period: formatIsoDate(r.periodStart), value: r.value })),
      },
    });
    return counts;
  }

  async record(viewer: Viewer, input: RecordMeasurementInput): Promise<IndicatorMeasurement> {
    this.assertAdmin(viewer);
    const indicator = await this.live(input.indicatorId);
    const row = { periodStart: input.periodStart, value: input.value, note: input.note?.trim() || null };
    // A form shows dates as people write them; CSV rows (below) as the file has them.
    const errors = checkValue(indicator, row, this.clock.today(), '', longUkDate);
    if (errors.length) throw badInput(errors);
    const existing = await this.prisma.indicatorMeasurement.findUnique({
      where: { indicatorId_periodStart: { indicatorId: indicator.id, periodStart: row.periodStart } },
    });
    if (existing && input.expectedVersion === undefined) {
      throw new AppError(
        ErrorCode.CONFLICT,
        `${periodLabel(row.periodStart, indicator.frequency)} already has a value. Correct it from its row, so the old value is kept.`,
      );
    }
    const { last } = await this.prisma.$transaction((tx) =>
      this.write(tx, viewer, indicator, [row], input.expectedVersion ?? undefined),
    );
    return last!;
  }

  /** CSV import: every row is checked first; then all are written in one transaction, or none. */
  async import(viewer: Viewer, input: ImportMeasurementsInput) {
    this.assertAdmin(viewer);
    const indicator = await this.live(input.indicatorId);
    let table: string[][];
    try {
      table = parseCsv(input.csv);
    } catch (e) {
      throw badInput([{ field: 'csv', message: `The file is not valid CSV: ${(e as Error).message}` }]);
    }
    const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
    const col = {
      period: header.indexOf('period'),
      value: header.indexOf('value'),
      note: header.indexOf('note'),
    };
    if (col.period < 0 || col.value < 0) {
      throw badInput([{ field: 'csv', message: 'The first row must name the columns: period,value,note' }]);
    }
    if (table.length < 2) throw badInput([{ field: 'csv', message: 'The file has no values' }]);
    if (table.length > 5001)
      throw badInput([{ field: 'csv', message: 'Import at most 5,000 values at a time' }]);
    const today = this.clock.today();
    const errors: FieldError[] = [];
    const rows: ValueRow[] = [];
    const seen = new Map<string, number>();
    table.slice(1).forEach((cells, i) => {
      const line = i + 2; // spreadsheet row: the header is row 1
      const prefix = `row ${line}: `;
      const periodText = (cells[col.period] ?? '').trim();
      const valueText = (cells[col.value] ?? '').trim().replace(/,/g, '');
      const periodStart = parseIsoDate(periodText);
      const value = valueText === '' ? NaN : Number(valueText);
      if (!periodStart)
        errors.push({
          field: `${prefix}period`,
          message: `"${periodText.slice(0, 40)}" is not a date like 2025-04-01`,
        });
      if (!Number.isFinite(value))
        errors.push({ field: `${prefix}value`, message: `"${valueText.slice(0, 40)}" is not a number` });
      const note = col.note >= 0 ? (cells[col.note] ?? '').trim() || null : null;
      if (note && note.length > 1000)
        errors.push({ field: `${prefix}note`, message: 'The note is longer than 1,000 characters' });
      if (!periodStart || !Number.isFinite(value)) return;
      const key = formatIsoDate(periodStart);
      if (seen.has(key)) {
        errors.push({ field: `${prefix}period`, message: `${key} is also on row ${seen.get(key)}` });
        return;
      }
      seen.set(key, line);
      const row = { periodStart, value, note };
      const problems = checkValue(indicator, row, today, prefix);
      errors.push(...problems.map((p) => ({ ...p, field: p.field.replace(/periodStart$/, 'period') })));
      rows.push(row);
    });
    if (errors.length) {
      throw badInput(
        errors,
        `The file has ${errors.length} problem${errors.length === 1 ? '' : 's'}: nothing was imported`,
      );
    }
    const { last: _last, ...counts } = await this.prisma.$transaction(
      (tx) => this.write(tx, viewer, indicator, rows),
      {
        timeout: 60_000,
      },
    );
    return counts;
  }

  /** Corrections of a value, newest first. Signed-in users only. */
  revisions(viewer: Viewer, measurementId: string) {
    if (!isSignedIn(viewer)) return [];
    return this.prisma.indicatorRevision.findMany({
      where: { measurementId },
      orderBy: { replacedAt: 'desc' },
    });
  }
}
