import { ReadsFrom } from '../common/graphql/reads-from.js';
import { planVisibility } from '../common/auth/visibility.js';
import { Audited } from '../audit/audited.decorator.js';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Indicator, IndicatorMeasurement, Plan, Priority } from '../generated/prisma/client.js';
import type { IndicatorUnit, ReportingFrequency } from '../generated/prisma/enums.js';
import { CurrentViewer, Loaders } from '../common/auth/current-viewer.decorator.js';
import { isSignedIn } from '../common/auth/permissions.js';
import { Public } from '../common/auth/public.decorator.js';
import type { Viewer } from '../common/auth/viewer.js';
import { ArchiveInput } from '../common/graphql/archive.input.js';
import type { Loaders as RequestLoaders } from '../common/graphql/loaders.js';
import { ParseIdPipe } from '../common/graphql/parse-id.pipe.js';
import { PlanModel } from '../plans/plan.model.js';
import { PriorityModel } from '../priorities/priority.model.js';
import { formatValue, periodLabel } from '@partnership-tracker/domain';
import {
  BaselineChangeModel,
  DefinitionChangeModel,
  IndicatorModel,
  MeasurementImportModel,
  MeasurementModel,
  RevisionModel,
  TargetStatus,
  Trend,
} from './indicator.models.js';
import {
  CreateIndicatorInput,
  ImportMeasurementsInput,
  RecordMeasurementInput,
  UpdateIndicatorInput,
} from './indicators.inputs.js';
import { IndicatorsService } from './indicators.service.js';
import { summarise } from './summary.js';

/** A measurement with what it needs to write itself: its indicator's unit and frequency. */
type Measurement = IndicatorMeasurement & { unit: IndicatorUnit; frequency: ReportingFrequency };

async function seriesOf(loaders: RequestLoaders, indicator: Indicator): Promise<Measurement[]> {
  const rows = await loaders.measurementsByIndicator.load(indicator.id);
  return rows.map((m) => ({ ...m, unit: indicator.unit, frequency: indicator.frequency }));
}

@Resolver(() => IndicatorModel)
export class IndicatorsResolver {
  constructor(private readonly service: IndicatorsService) {}

  @ReadsFrom('Indicator', 'IndicatorPriority')
  @Public()
  @Query(() => [IndicatorModel], {
    description: 'Indicators, by name; of a plan or a priority if given. The public sees published ones.',
  })
  indicators(
    @CurrentViewer() viewer: Viewer,
    @Args('planId', { type: () => ID, nullable: true }) planId?: string | null,
    @Args('priorityId', { type: () => ID, nullable: true }) priorityId?: string | null,
  ) {
    return this.service.list(viewer, { planId, priorityId });
  }

  @ReadsFrom('Indicator')
  @Public()
  @Query(() => IndicatorModel, { description: 'One indicator. NOT_FOUND when not visible to the viewer.' })
  indicator(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.get(viewer, id);
  }

  @Audited({ record: 'Indicator', id: null })
  @Mutation(() => IndicatorModel, { description: 'Admins: add an indicator.' })
  createIndicator(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateIndicatorInput) {
    return this.service.create(viewer, input);
  }

  @Audited({ record: 'Indicator', id: 'input.id' })
  @Mutation(() => IndicatorModel, { description: 'Admins: change an indicator.' })
  updateIndicator(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateIndicatorInput) {
    return this.service.update(viewer, input);
  }

  @Audited({ record: 'Indicator', id: 'input.id' })
  @Mutation(() => IndicatorModel, { description: 'Admins: archive an indicator.' })
  archiveIndicator(@CurrentViewer() viewer: Viewer, @Args('input') input: ArchiveInput) {
    return this.service.archive(viewer, input.id);
  }

  @Audited({ record: 'Indicator', id: 'input.indicatorId' })
  @Mutation(() => MeasurementModel, {
    description:
      "Admins: record a period's value, or correct it (send expectedVersion; the old value is kept).",
  })
  async recordMeasurement(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordMeasurementInput) {
    const saved = await this.service.record(viewer, input);
    const indicator = await this.service.get(viewer, saved.indicatorId);
    return { ...saved, unit: indicator.unit, frequency: indicator.frequency };
  }

  @Audited({ record: 'Indicator', id: 'input.indicatorId' })
  @Mutation(() => MeasurementImportModel, {
    description: 'Admins: import values from CSV. Every row is checked first; all are imported or none.',
  })
  importMeasurements(@CurrentViewer() viewer: Viewer, @Args('input') input: ImportMeasurementsInput) {
    return this.service.import(viewer, input);
  }

  @ReadsFrom('IndicatorPriority', 'AllPriorities')
  @ResolveField(() => [PriorityModel], {
    description: 'The priorities it measures, in any plan the viewer may read.',
  })
  async priorities(
    @Parent() indicator: Indicator,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    const ids = await loaders.priorityIdsByIndicator.load(indicator.id);
    const rows = (await loaders.priority.loadMany(ids)).filter(
      (p): p is Priority => !!p && !(p instanceof Error) && !p.archivedAt,
    );
    const plans = await loaders.plan.loadMany(rows.map((p) => p.planId));
    // A published indicator must not reveal a draft plan's priorities to the public.
    return rows.filter((_, i) => {
      const plan = plans[i];
      return !!plan && !(plan instanceof Error) && planVisibility.canSee(viewer, plan);
    });
  }

  @ReadsFrom('IndicatorMeasurement')
  @ResolveField(() => [MeasurementModel], { description: 'The series, oldest period first.' })
  measurements(@Parent() indicator: Indicator, @Loaders() loaders: RequestLoaders) {
    return seriesOf(loaders, indicator);
  }

  @ReadsFrom('IndicatorMeasurement')
  @ResolveField(() => MeasurementModel, { nullable: true, description: 'The latest period’s value.' })
  async latest(@Parent() indicator: Indicator, @Loaders() loaders: RequestLoaders) {
    return (await seriesOf(loaders, indicator)).at(-1) ?? null;
  }

  @ReadsFrom('Indicator', 'IndicatorMeasurement')
  @ResolveField(() => BaselineChangeModel, { nullable: true, description: 'Null until there is a value.' })
  async changeFromBaseline(@Parent() indicator: Indicator, @Loaders() loaders: RequestLoaders) {
    return summarise(indicator, await seriesOf(loaders, indicator)).change;
  }

  @ReadsFrom('Indicator', 'IndicatorMeasurement')
  @ResolveField(() => TargetStatus, { nullable: true, description: 'Null without a target or a value.' })
  async status(@Parent() indicator: Indicator, @Loaders() loaders: RequestLoaders) {
    return summarise(indicator, await seriesOf(loaders, indicator)).status;
  }

  @ReadsFrom('Indicator', 'IndicatorMeasurement')
  @ResolveField(() => Trend, {
    nullable: true,
    description: 'Over the last 4 periods; null with fewer than 2.',
  })
  async trend(@Parent() indicator: Indicator, @Loaders() loaders: RequestLoaders) {
    return summarise(indicator, await seriesOf(loaders, indicator)).trend;
  }

  @ReadsFrom('Indicator')
  @ResolveField(() => String, { description: 'The baseline, written for its unit.' })
  baselineText(@Parent() indicator: Indicator) {
    return formatValue(indicator.baselineValue, indicator.unit);
  }

  @ReadsFrom('Indicator')
  @ResolveField(() => String, { nullable: true, description: 'The target, written for its unit.' })
  targetText(@Parent() indicator: Indicator) {
    return indicator.targetValue === null ? null : formatValue(indicator.targetValue, indicator.unit);
  }

  @ReadsFrom('IndicatorDefinitionChange')
  @ResolveField(() => [DefinitionChangeModel], { description: 'Changes of definition, oldest first.' })
  definitionChanges(@Parent() indicator: Indicator, @Loaders() loaders: RequestLoaders) {
    return loaders.definitionChangesByIndicator.load(indicator.id);
  }
}

@Resolver(() => MeasurementModel)
export class MeasurementsResolver {
  constructor(private readonly service: IndicatorsService) {}

  @ReadsFrom('IndicatorMeasurement', 'Indicator')
  @ResolveField(() => String, { description: 'e.g. "April 2025", "2025/26 Q1" or "2025/26".' })
  periodLabel(@Parent() m: Measurement) {
    return periodLabel(m.periodStart, m.frequency);
  }

  @ReadsFrom('IndicatorMeasurement', 'Indicator')
  @ResolveField(() => String, { description: 'The value written for its unit, e.g. "2 min 51 s".' })
  valueText(@Parent() m: Measurement) {
    return formatValue(m.value, m.unit);
  }

  @ReadsFrom('IndicatorMeasurement')
  @ResolveField(() => String, { nullable: true, description: 'Who recorded it. Signed-in users only.' })
  recordedByEmail(@Parent() m: Measurement, @CurrentViewer() viewer: Viewer) {
    return isSignedIn(viewer) ? m.recordedByEmail : null;
  }

  @ReadsFrom('IndicatorMeasurementRevision')
  @ResolveField(() => [RevisionModel], { description: 'Earlier values, newest first. Signed-in users only.' })
  async revisions(@Parent() m: Measurement, @CurrentViewer() viewer: Viewer) {
    return (await this.service.revisions(viewer, m.id)).map((r) => ({
      ...r,
      valueText: formatValue(r.value, m.unit),
    }));
  }

  @ReadsFrom('IndicatorMeasurementRevision')
  @ResolveField(() => Boolean, {
    description: 'Whether the value was corrected after it was first recorded.',
  })
  corrected(@Parent() m: Measurement) {
    return m.version > 1;
  }
}

@Resolver(() => PlanModel)
export class PlanIndicatorsResolver {
  constructor(private readonly service: IndicatorsService) {}

  @ReadsFrom('IndicatorPriority', 'Indicator', 'Priority')
  @ResolveField(() => [IndicatorModel], { description: 'Indicators linked to any of its priorities.' })
  async indicators(
    @Parent() plan: Plan,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    const priorities = await loaders.prioritiesByPlan.load(plan.id);
    const lists = await loaders.indicatorsByPriority.loadMany(priorities.map((p) => p.id));
    const byId = new Map<string, Indicator>();
    for (const list of lists) if (!(list instanceof Error)) for (const i of list) byId.set(i.id, i);
    return [...byId.values()]
      .filter((i) => this.service.visible(viewer, i))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}

@Resolver(() => PriorityModel)
export class PriorityIndicatorsResolver {
  constructor(private readonly service: IndicatorsService) {}

  @ReadsFrom('IndicatorPriority', 'Indicator', 'Priority')
  @ResolveField(() => [IndicatorModel], { description: 'Indicators that measure this priority.' })
  async indicators(
    @Parent() priority: Priority,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    return (await loaders.indicatorsByPriority.load(priority.id)).filter((i) =>
      this.service.visible(viewer, i),
    );
  }
}
