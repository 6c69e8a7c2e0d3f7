import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PartnerModel } from '../partners/partner.model.js';

@ObjectType('UpdateLink', {
  description: "A link that lets a partner contact update that partner's actions without an account.",
})
export class UpdateLinkModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'The contact it was issued to.' }) email!: string;
  @Field() expiresAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it was last used, to within a few minutes.' })
  lastUsedAt!: Date | null;
  @Field({ description: 'Not expired and not revoked.' }) active!: boolean;
  partnerId!: string;
  createdById!: string;
}

@ObjectType('IssuedUpdateLink', { description: 'A new link. The path is shown once and never stored.' })
export class IssuedUpdateLink {
  @Field(() => UpdateLinkModel) link!: UpdateLinkModel;
  @Field({ description: 'Append to the site address, e.g. https://tracker.example.org/update/...' })
  path!: string;
}

@ObjectType('OpenedUpdateLink', { description: 'What an update link lets its holder do.' })
export class OpenedUpdateLink {
  @Field() email!: string;
  @Field(() => PartnerModel) partner!: PartnerModel;
  @Field() expiresAt!: Date;
}
