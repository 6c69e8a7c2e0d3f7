import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '../common/graphql/enums.js';

export enum PasswordSignIn {
  EVERYONE = 'EVERYONE',
  BREAK_GLASS = 'BREAK_GLASS',
}

registerEnumType(PasswordSignIn, {
  name: 'PasswordSignIn',
  description: 'Who may sign in with a password (PASSWORD_SIGN_IN).',
  valuesMap: {
    EVERYONE: { description: 'Everyone with an account and a password.' },
    BREAK_GLASS: { description: 'Only the break-glass admins; everyone else uses single sign-on.' },
  },
});

@ObjectType('SignInProvider', { description: 'A single sign-on provider people may sign in with.' })
export class SignInProviderModel {
  @Field(() => ID, { description: 'The id in OIDC_PROVIDERS, as in /auth/oidc/<id>/start.' }) id!: string;
  @Field({ description: 'Shown as "Sign in with <name>".' }) name!: string;
}

@ObjectType('SignInOptions', { description: 'What the sign-in page offers.' })
export class SignInOptionsModel {
  @Field(() => [SignInProviderModel]) providers!: SignInProviderModel[];
  @Field(() => PasswordSignIn) passwordSignIn!: PasswordSignIn;
  @Field(() => String, {
    nullable: true,
    description: 'Who to ask for access: the organisation’s contact email, when it has one.',
  })
  accessContact!: string | null;
}

@ObjectType('IdentityProvider', {
  description: 'Admins: a configured single sign-on provider and its switch.',
})
export class IdentityProviderModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() issuer!: string;
  @Field({ description: 'The redirect URI to register with the provider.' }) redirectUri!: string;
  @Field() enabled!: boolean;
  @Field(() => Int, { description: 'Sessions open now through this provider.' }) activeSessions!: number;
  @Field(() => Date, { nullable: true }) changedAt!: Date | null;
  @Field(() => String, { nullable: true }) changedByEmail!: string | null;
}

@ObjectType('PartnerDomain', {
  description: 'An email domain whose people may sign in, through single sign-on, as staff of a partner.',
})
export class PartnerDomainModel {
  @Field() domain!: string;
  @Field(() => ID) partnerId!: string;
  @Field(() => String, { nullable: true, description: 'Sign-ins must come through this provider.' })
  providerId!: string | null;
  @Field(() => String, { nullable: true, description: 'And carry this tenant id (Entra ID tid).' })
  tenantId!: string | null;
  @Field(() => Role) defaultRole!: Role;
  @Field(() => Date) verifiedAt!: Date;
  @Field() verifiedByEmail!: string;
}

@ObjectType('SignOutResult')
export class SignOutResultModel {
  @Field() signedOut!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'For a single sign-on session: open this to sign out at the provider too.',
  })
  providerSignOutUrl!: string | null;
}
