import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportFormat, ReportRunStatus } from '../generated/prisma/enums.js';

registerEnumType(ReportFormat, {
  name: 'ReportFormat',
  description: 'A file format of the Panel report.',
  valuesMap: {
    PDF: { description: 'Accessible (tagged) PDF, for reading and printing.' },
    DOCX: { description: 'Editable Word document, for agenda papers.' },
    XLSX: { description: 'Excel workbook: one sheet per section.' },
    CSV: { description: 'One CSV file per table of the report, in a zip with a README.' },
  },
});
registerEnumType(ReportRunStatus, {
  name: 'ReportRunStatus',
  description: 'Where a report is in its making: QUEUED, RUNNING, then DONE or FAILED.',
});

export { ReportFormat, ReportRunStatus };

@ObjectType('ReportFile', { description: 'One format of a report, ready to download.' })
export class ReportFileModel {
  @Field(() => ID) id!: string;
  @Field(() => ReportFormat) format!: ReportFormat;
  @Field({ description: 'e.g. "rural-crime-strategy-2024-2027-2024-25-q4-panel-report.pdf".' })
  fileName!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field({ description: 'SHA-256 of the file, hex.' }) sha256!: string;
  @Field(() => Int, { description: 'How long rendering took, in milliseconds.' }) renderMs!: number;
  @Field({ description: 'Where to download it (signed-in users who may read the report).' })
  downloadUrl!: string;
}

@ObjectType('ReportRun', {
  description: 'A Panel report pack: made once from one report model, kept with its files for the record.',
})
export class ReportRunModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field(() => ID, { nullable: true, description: 'The closed review cycle; null for live data.' })
  cycleId!: string | null;
  @Field({ description: 'Made from live data, and marked draft on every page.' }) draft!: boolean;
  @Field() title!: string;
  @Field(() => ReportRunStatus) status!: ReportRunStatus;
  @Field(() => Int, { description: '0 to 100.' }) progress!: number;
  @Field(() => String, { nullable: true, description: 'What it is doing, in words.' })
  stage!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 of the report model: the same for every report of the same closed quarter.',
  })
  modelHash!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it failed.' }) error!: string | null;
  @Field() requestedByName!: string;
  @Field() requestedByEmail!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => [ReportFileModel], { description: 'The files made so far, in the order asked for.' })
  files!: ReportFileModel[];
}
