import 'reflect-metadata';
import { schemaFromCode } from '../common/graphql/schema-from-code.js';
import { cacheModelOf } from './dashboard-cache.js';

describe('what the dashboard cache may hold, from the fields’ declared sources', () => {
  let model: ReturnType<typeof cacheModelOf>;
  beforeAll(async () => {
    model = cacheModelOf(await schemaFromCode());
  });

  it('finds a declared source for every field reachable from a plan and the partner list', () => {
    expect(model.undeclared).toEqual([]);
  });

  it('holds the dashboard’s fields, each read from a table the fingerprint covers', () => {
    for (const field of [
      'Query.plan',
      'Query.partners',
      'Plan.title',
      'Plan.progress',
      'Plan.ragCounts',
      'RagCounts.red',
      'Priority.actions',
      'Action.suggestedRag',
      'Action.stale',
      'Action.canEdit',
      'Action.latestUpdate',
      'ActionUpdate.commentary',
      'Milestone.overdue',
      'Partner.contactEmail',
      'Indicator.latest',
      'IndicatorMeasurement.valueText',
    ]) {
      expect({ field, cached: model.fields.has(field) }).toEqual({ field, cached: true });
    }
    expect(model.tables).toEqual([
      'Plan',
      'Priority',
      'Action',
      'Milestone',
      'ActionSupporter',
      'Partner',
      'Indicator',
      'IndicatorPriority',
      'IndicatorMeasurement',
      'IndicatorDefinitionChange',
    ]);
    for (const table of model.tables)
      expect(model.fingerprintSql).toContain(
        table === 'Plan'
          ? 'FROM plan'
          : table === 'Priority'
            ? 'FROM pri'
            : table === 'Action'
              ? 'FROM act'
              : `"${table}"`,
      );
  });

  it('leaves out fields that read what the fingerprint does not cover', () => {
    for (const field of [
      'Action.history', // the audit trail
      'Plan.snapshot', // frozen quarters
      'Plan.reviewCycles',
      'Partner.ledActions', // actions of every plan
      'Indicator.priorities', // priorities of every plan
      'IndicatorMeasurement.revisions',
    ]) {
      expect({ field, cached: model.fields.has(field) }).toEqual({ field, cached: false });
    }
  });
});
