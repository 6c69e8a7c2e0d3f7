import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Tx } from '../audit/audit.service.js';
import { parseIsoDate } from '../common/graphql/scalars.js';
import { IndicatorDirection, IndicatorUnit, ReportingFrequency } from '../generated/prisma/enums.js';
import { isPeriodStart } from '@partnership-tracker/domain';
import { SEED_DIR } from './seed-data.js';

// Performance indicators with example series. Loaded with the demo data only (see seed-data.md):
// the figures the OPCC quoted are real, the rest of each series is invented.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-04-01');

const indicator = z.object({
  name: z.string().min(3),
  definition: z.string().min(3),
  dataSource: z.string().min(2),
  caveat: z.string().nullable(),
  unit: z.enum(IndicatorUnit),
  direction: z.enum(IndicatorDirection),
  baselineLabel: z.string().min(2),
  baselineValue: z.number(),
  targetValue: z.number().nullable(),
  targetDate: isoDate.nullable(),
  tolerancePercent: z.number().min(0).max(100),
  frequency: z.enum(ReportingFrequency),
  published: z.boolean(),
  exampleData: z.boolean(),
  priorities: z.array(z.object({ plan: z.string(), number: z.number().int() })),
  definitionChanges: z.array(
    z.object({ changedOn: isoDate, previousDefinition: z.string(), newDefinition: z.string() }),
  ),
  measurements: z.array(z.object({ period: isoDate, value: z.number(), note: z.string().nullable() })),
});

const file = z.object({ note: z.string(), indicators: z.array(indicator) });
export type SeedIndicators = z.infer<typeof file>;

export function loadSeedIndicators(dir = SEED_DIR): SeedIndicators {
  const parsed = file.safeParse(JSON.parse(readFileSync(join(dir, 'indicators.json'), 'utf8')));
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Seed file indicators.json is not valid:\n${where}`);
  }
  return parsed.data;
}

const day = (iso: string) => parseIsoDate(iso)!;

/** Adds the indicators not there yet (matched by name). Returns how many it added. */
export async function seedIndicators(tx: Tx, data: SeedIndicators): Promise<number> {
  const existing = new Set((await tx.indicator.findMany({ select: { name: true } })).map((i) => i.name));
  let added = 0;
  for (const { priorities, definitionChanges, measurements, ...i } of data.indicators) {
    if (existing.has(i.name)) continue;
    const priorityIds: string[] = [];
    for (const ref of priorities) {
      const row = await tx.priority.findFirst({ where: { number: ref.number, plan: { slug: ref.plan } } });
      if (!row) throw new Error(`Indicator "${i.name}" names an unknown priority ${ref.plan} ${ref.number}`);
      priorityIds.push(row.id);
    }
    for (const m of measurements) {
      if (!isPeriodStart(day(m.period), i.frequency)) {
        throw new Error(`Indicator "${i.name}": ${m.period} does not start a period`);
      }
    }
    const row = await tx.indicator.create({
      data: {
        ...i,
        targetDate: i.targetDate ? day(i.targetDate) : null,
        priorities: { create: priorityIds.map((priorityId) => ({ priorityId })) },
      },
    });
    await tx.indicatorMeasurement.createMany({
      data: measurements.map((m) => ({
        indicatorId: row.id,
        periodStart: day(m.period),
        value: m.value,
        note: m.note,
        recordedByEmail: 'seed@example.org',
      })),
    });
    await tx.indicatorDefinitionChange.createMany({
      data: definitionChanges.map((c) => ({
        indicatorId: row.id,
        changedOn: day(c.changedOn),
        previousDefinition: c.previousDefinition,
        newDefinition: c.newDefinition,
        recordedByEmail: 'seed@example.org',
      })),
    });
    added += 1;
  }
  return added;
}
