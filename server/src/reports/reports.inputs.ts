import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional } from 'class-validator';
import { IdField } from '../common/graphql/input-fields.js';
import { ReportFormat } from './report.models.js';

@InputType({ description: 'Ask for a Panel report pack of a plan.' })
export class GenerateReportInput {
  @IdField('Choose a plan') planId!: string;

  @IdField('Choose a closed review', {
    presence: 'nullable',
    description:
      'A CLOSED review cycle of the plan, reported from its frozen snapshot. Leave out for a draft from live data.',
  })
  cycleId?: string | null;

  @Field(() => [ReportFormat], {
    nullable: true,
    description: 'The formats to make; all four when left out.',
    defaultValue: ['PDF', 'DOCX', 'XLSX', 'CSV'],
  })
  @IsOptional()
  @IsArray({ message: 'Choose at least one format' })
  @ArrayMinSize(1, { message: 'Choose at least one format' })
  @ArrayMaxSize(4, { message: 'Choose at most four formats' })
  @IsEnum(ReportFormat, { each: true, message: 'Choose PDF, Word, Excel or CSV' })
  formats?: ReportFormat[] | null;
}
