import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '../common/graphql/enums.js';
import type { UserStatus } from './user-rules.js';

@ObjectType('User', { description: 'A person who signs in, on behalf of a partner organisation.' })
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Role) role!: Role;
  // Resolved in UsersResolver: email (admins and the user only), partner, status and dates.
  email!: string;
  partnerId!: string;
  // Present when the parent is a database row; `me` gives only the fields above.
  active?: boolean;
  passwordHash?: string | null;
  lastSignInAt?: Date | null;
  invitedAt?: Date | null;
  createdAt?: Date;
  status?: UserStatus;
}

@ObjectType('UserPage', { description: 'One page of users, with the total that match.' })
export class UserPage {
  @Field(() => [UserModel]) items!: UserModel[];
  @Field(() => Int) totalCount!: number;
  @Field(() => Int) offset!: number;
  @Field(() => Int) limit!: number;
  @Field() hasNextPage!: boolean;
}
