import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImportRunStatus } from '../generated/prisma/enums.js';

registerEnumType(ImportRunStatus, {
  name: 'ImportRunStatus',
  description:
    'VALIDATING: the file is being checked. INVALID: it has problems, nothing can be imported. READY: checked, waiting for confirmation. IMPORTING: being written. DONE: imported. FAILED: nothing was changed.',
});

@ObjectType('ImportProblem', { description: 'One problem with the file, by row and column.' })
export class ImportProblemModel {
  @Field(() => Int, {
    nullable: true,
    description: 'The spreadsheet row (the header is row 1); null for the whole file.',
  })
  row!: number | null;
  @Field(() => String, { nullable: true, description: 'The column header, like "Due date".' })
  column!: string | null;
  @Field() message!: string;
}

@ObjectType('ImportFieldChange', { description: 'A field of an action the import changes, in words.' })
export class ImportFieldChangeModel {
  @Field({ description: 'The column, like "Due date".' }) field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType('ImportMilestoneChange', {
  description: 'A milestone the import adds, or whose due date it changes.',
})
export class ImportMilestoneChangeModel {
  @Field() title!: string;
  @Field({ description: 'ADDED or CHANGED.' }) change!: string;
  @Field(() => String, { nullable: true, description: 'The due date before, for a changed milestone.' })
  before!: string | null;
  @Field({ description: 'The due date after.' }) after!: string;
}

@ObjectType('ImportedAction', { description: 'An action in an import preview or result.' })
export class ImportedActionModel {
  @Field(() => Int, { nullable: true, description: 'Its row in the file; null for actions not in the file.' })
  row!: number | null;
  @Field() ref!: string;
  @Field() title!: string;
  @Field({
    description: 'Whether the action is on the public page and in open data. New actions are, by default.',
  })
  published!: boolean;
  @Field(() => ID, { nullable: true, description: 'Null for an action the preview would create.' })
  actionId!: string | null;
  @Field(() => [ImportFieldChangeModel]) fields!: ImportFieldChangeModel[];
  @Field(() => [ImportMilestoneChangeModel]) milestones!: ImportMilestoneChangeModel[];
}

@ObjectType('ImportedPriority')
export class ImportedPriorityModel {
  @Field(() => Int) number!: number;
  @Field() title!: string;
}

@ObjectType('ImportedPartner')
export class ImportedPartnerModel {
  @Field() name!: string;
  @Field() kind!: string;
}

@ObjectType('ImportPersonalData', {
  description:
    'Text the import would publish that looks like personal data. Importing it needs confirmPersonalData.',
})
export class ImportPersonalDataModel {
  @Field(() => Int, { description: 'The spreadsheet row (the header is row 1).' }) row!: number;
  @Field({ description: 'The column header, like "Action".' }) column!: string;
  @Field({ description: 'NAME, EMAIL, PHONE, POSTCODE or VEHICLE_REGISTRATION.' }) kind!: string;
  @Field({ description: 'The text as written.' }) text!: string;
}

@ObjectType('ImportChanges', { description: 'What an import would change (READY) or changed (DONE).' })
export class ImportChangesModel {
  @Field(() => [ImportedActionModel]) created!: ImportedActionModel[];
  @Field(() => [ImportedActionModel], { description: 'With each field changed, old and new.' })
  updated!: ImportedActionModel[];
  @Field(() => [ImportedActionModel]) unchanged!: ImportedActionModel[];
  @Field(() => [ImportedActionModel], { description: 'In the plan but not in the file: left as they are.' })
  notInFile!: ImportedActionModel[];
  @Field(() => [ImportedPriorityModel]) prioritiesCreated!: ImportedPriorityModel[];
  @Field(() => [ImportedPartnerModel]) partnersCreated!: ImportedPartnerModel[];
  @Field(() => [ImportPersonalDataModel], {
    description: 'Published text that looks like personal data, by row and column.',
  })
  personalData!: ImportPersonalDataModel[];
  @Field(() => [Int], {
    description:
      'Rows left out because they are the template\'s examples (their Action starts with "Example:").',
  })
  examples!: number[];
}

@ObjectType('UnknownPartner', {
  description: 'A partner name the file uses that is not in the partner directory.',
})
export class UnknownPartnerModel {
  @Field() name!: string;
  @Field(() => [Int]) rows!: number[];
}

@ObjectType('ImportRun', {
  description: 'One spreadsheet import of a plan: the file, its check and its result.',
})
export class ImportRunModel {
  @Field(() => ID) id!: string;
  planId!: string;
  @Field() fileName!: string;
  @Field(() => ImportRunStatus) status!: ImportRunStatus;
  @Field(() => Int, { description: '0 to 100.' }) progress!: number;
  @Field(() => String, {
    nullable: true,
    description: 'What is happening now, like "Checking row 200 of 1,000".',
  })
  stage!: string | null;
  @Field(() => Int, { description: 'Rows of actions in the file.' }) rowCount!: number;
  @Field(() => [ImportProblemModel]) problems!: ImportProblemModel[];
  @Field(() => ImportChangesModel, { nullable: true }) changes!: ImportChangesModel | null;
  @Field(() => [UnknownPartnerModel]) unknownPartners!: UnknownPartnerModel[];
  @Field(() => String, { nullable: true, description: 'Why a FAILED import failed.' }) error!: string | null;
  @Field() requestedByEmail!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}
