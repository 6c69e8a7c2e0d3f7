import { ReadsFrom } from '../common/graphql/reads-from.js';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PartnerKind } from '../common/graphql/enums.js';

@ReadsFrom('Partner')
@ObjectType('Partner', {
  description: 'A partner organisation: the OPCC, police, councils, rural bodies, charities.',
})
export class PartnerModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => PartnerKind) kind!: PartnerKind;
  @Field(() => String, { nullable: true, description: 'Public web address.' }) website!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'Contact email. Null for the public.' })
  contactEmail!: string | null;
  @Field(() => String, { nullable: true, description: 'Contact telephone. Null for the public.' })
  contactPhone!: string | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}
