import { toCsv } from '../common/csv-write.js';
import type { Indicator } from '../generated/prisma/client.js';
import { STATUS_WORDS } from './plan-pages.js';
import type { PublicMeasurement, PublicPlan } from './public-data.service.js';
import { NO_ALIGNMENT, type PublicAlignment } from '../alignment/public-alignment.js';

// The open data files: their fields are documented in docs/open-data.md. Change a field there
// and in the tests together; add fields rather than rename them, so users' tools keep working.

export const OPEN_DATA_SCHEMA_VERSION = '1.0';

export const OGL = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
};

export const attribution = (publisher: string) =>
  `Contains public sector information published by ${publisher} and licensed under the Open Government Licence v3.0.`;

/** The header that carries the licence of a CSV file, which has no room for it inside. */
export const LICENSE_LINK = `<${OGL.url}>; rel="license"`;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function planJson(
  plan: PublicPlan,
  urls: { page: string; csv: string; self: string },
  alignment: PublicAlignment = NO_ALIGNMENT,
) {
  return {
    schemaVersion: OPEN_DATA_SCHEMA_VERSION,
    licence: { ...OGL, attribution: attribution(plan.owner) },
    publisher: plan.owner,
    links: { self: urls.self, csv: urls.csv, page: urls.page },
    plan: {
      slug: plan.slug,
      title: plan.title,
      summary: plan.summary,
      startDate: day(plan.startDate),
      endDate: day(plan.endDate),
      progress: plan.progress,
      lastUpdated: plan.lastUpdated.toISOString(),
      contact: { email: plan.contactEmail, url: plan.contactUrl },
    },
    priorities: plan.priorities.map((p) => ({
      number: p.number,
      title: p.title,
      progress: p.progress,
      actionCount: p.actions.length,
    })),
    actions: plan.priorities.flatMap((p) =>
      p.actions.map((a) => ({
        priority: p.number,
        priorityTitle: p.title,
        ref: a.ref,
        title: a.title,
        status: a.status,
        statusText: STATUS_WORDS[a.status],
        progress: a.progress,
        leadPartner: a.leadPartner,
        supportingPartners: a.supportingPartners,
        startDate: day(a.startDate),
        dueDate: day(a.dueDate),
        publicSummary: a.publicSummary,
        milestonesMet: a.milestonesMet.length,
        lastUpdated: a.lastUpdated.toISOString(),
        contributesTo: alignment.byRef.get(a.ref) ?? [],
        baselineDueDate: day(a.baselineDueDate),
        dueDateMoves: a.dueDateMoves,
        evidence: a.evidence.map((e) => ({
          fileName: e.fileName,
          kind: e.kind,
          sizeBytes: e.sizeBytes,
          sha256: e.sha256,
          milestone: e.milestone,
          publishedOn: day(e.publishedOn),
          url: e.url,
        })),
      })),
    ),
    deliveredThrough: alignment.deliveredThrough,
    amendments: plan.amendments,
  };
}

export const PLAN_CSV_COLUMNS = [
  'priority',
  'priority_title',
  'ref',
  'title',
  'status',
  'status_text',
  'progress',
  'lead_partner',
  'supporting_partners',
  'start_date',
  'due_date',
  'public_summary',
  'milestones_met',
  'last_updated',
  'contributes_to',
  'baseline_due_date',
  'due_date_moves',
  'evidence_files',
] as const;

export function planCsv(plan: PublicPlan, alignment: PublicAlignment = NO_ALIGNMENT): string {
  return toCsv([
    PLAN_CSV_COLUMNS,
    ...plan.priorities.flatMap((p) =>
      p.actions.map((a) => [
        p.number,
        p.title,
        a.ref,
        a.title,
        a.status,
        STATUS_WORDS[a.status],
        a.progress,
        a.leadPartner,
        a.supportingPartners.join('; '),
        day(a.startDate),
        day(a.dueDate),
        a.publicSummary,
        a.milestonesMet.length,
        a.lastUpdated.toISOString(),
        (alignment.byRef.get(a.ref) ?? []).map((c) => c.reference).join('; '),
        day(a.baselineDueDate),
        a.dueDateMoves,
        a.evidence.map((e) => e.url).join('; '),
      ]),
    ),
  ]);
}

export const INDICATOR_CSV_COLUMNS = [
  'indicator',
  'period_start',
  'period',
  'value',
  'unit',
  'note',
  'baseline',
  'baseline_label',
  'target',
  'example_data',
] as const;

export function indicatorCsv(indicator: Indicator, measurements: PublicMeasurement[]): string {
  return toCsv([
    INDICATOR_CSV_COLUMNS,
    ...measurements.map((m) => [
      indicator.name,
      day(m.periodStart),
      m.period,
      m.value,
      indicator.unit,
      m.note,
      indicator.baselineValue,
      indicator.baselineLabel,
      indicator.targetValue,
      indicator.exampleData,
    ]),
  ]);
}
