import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { PartnerKind } from '../common/graphql/enums.js';
import { EnumField, IdField, TextField } from '../common/graphql/input-fields.js';
import { ConfirmPersonalDataField } from '../common/privacy/guardrail.js';

@InputType({
  description: 'A partner the file names that is not in the directory, to create with the import.',
})
export class ImportPartnerInput {
  @TextField('Name', { min: 2, max: 200, description: 'As the file spells it.' })
  name!: string;

  @EnumField(PartnerKind, { message: 'Choose what kind of organisation this is' })
  kind!: PartnerKind;
}

@InputType({ description: 'Admins: import a checked file (status READY) into its plan.' })
export class ApplyPlanImportInput {
  @IdField('Choose an import')
  importRunId!: string;

  @Field(() => [ImportPartnerInput], {
    nullable: true,
    description:
      'Unknown partners to create, in the same transaction. Any other unknown partner is an error.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500, { message: 'Create at most 500 partners at a time' })
  @ValidateNested({ each: true })
  @Type(() => ImportPartnerInput)
  createPartners?: ImportPartnerInput[];

  @ConfirmPersonalDataField()
  confirmPersonalData?: boolean;
}
