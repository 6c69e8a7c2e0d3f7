import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/graphql/scalars.js';
import {
  IndicatorDirection,
  IndicatorUnit,
  ReportingFrequency,
  TargetStatus,
  Trend,
} from './indicator-enums.js';

@ReadsFrom('Indicator')
@ObjectType('Indicator', {
  description: 'A performance indicator: a baseline, a target and a measured series.',
})
export class IndicatorModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'What is counted, and how.' }) definition!: string;
  @Field() dataSource!: string;
  @Field(() => String, { nullable: true, description: 'e.g. "Unaudited".' }) caveat!: string | null;
  @Field(() => IndicatorUnit) unit!: IndicatorUnit;
  @Field(() => IndicatorDirection) direction!: IndicatorDirection;
  @Field({ description: 'e.g. "2019/20, pre-Covid".' }) baselineLabel!: string;
  @Field(() => Float) baselineValue!: number;
  @Field(() => Float, { nullable: true }) targetValue!: number | null;
  @Field(() => DateScalar, { nullable: true }) targetDate!: Date | null;
  @Field(() => Float, { description: 'How close to the target is NEAR_TARGET, as % of the target.' })
  tolerancePercent!: number;
  @Field(() => ReportingFrequency) frequency!: ReportingFrequency;
  @Field({ description: 'Shown on the public pages.' }) published!: boolean;
  @Field({ description: 'The series is invented example data.' }) exampleData!: boolean;
  @Field(() => Int) version!: number;
  archivedAt!: Date | null;
}

@ReadsFrom('IndicatorMeasurement')
@ObjectType('IndicatorMeasurement', { description: 'The value of one reporting period.' })
export class MeasurementModel {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar, { description: 'The first day of the period.' }) periodStart!: Date;
  @Field(() => Float) value!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int) version!: number;
  @Field() updatedAt!: Date;
  indicatorId!: string;
}

@ObjectType('IndicatorRevision', { description: 'A value that was corrected, as it was before.' })
export class RevisionModel {
  @Field(() => Float) value!: number;
  @Field({ description: 'The value written for its unit.' }) valueText!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() recordedByEmail!: string;
  @Field() recordedAt!: Date;
  @Field() replacedAt!: Date;
  @Field() replacedByEmail!: string;
}

@ReadsFrom('IndicatorDefinitionChange')
@ObjectType('IndicatorDefinitionChange', { description: 'A change to how the indicator is defined.' })
export class DefinitionChangeModel {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) changedOn!: Date;
  @Field() previousDefinition!: string;
  @Field() newDefinition!: string;
}

@ReadsFrom()
@ObjectType('BaselineChange', { description: 'The latest value against the baseline.' })
export class BaselineChangeModel {
  @Field(() => Float) absolute!: number;
  @Field(() => Float, { nullable: true, description: 'Null when the baseline is 0.' }) percent!:
    number | null;
  @Field({ description: 'e.g. "−2 min 51 s" or "+1.2 percentage points".' }) absoluteText!: string;
  @Field({ description: 'e.g. "−50.0%".' }) percentText!: string;
}

@ObjectType('MeasurementImport', { description: 'What an import did.' })
export class MeasurementImportModel {
  @Field(() => Int) created!: number;
  @Field(() => Int, { description: 'Values changed; the old ones are kept in their history.' })
  corrected!: number;
  @Field(() => Int) unchanged!: number;
}

export { TargetStatus, Trend };
