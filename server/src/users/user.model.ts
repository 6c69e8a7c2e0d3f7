import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../common/graphql/enums.js';

@ObjectType('User', { description: 'A person who signs in, on behalf of a partner organisation.' })
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => Role) role!: Role;
  partnerId!: string;
}
