import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ReadsFrom } from '../common/graphql/reads-from.js';
import { AccessibilityCompliance } from '../common/graphql/enums.js';
import { DateScalar } from '../common/graphql/scalars.js';

@ObjectType({ description: 'What each public statement still needs before it is complete, in words.' })
export class StatementsMissing {
  @Field(() => [String]) accessibility!: string[];
  @Field(() => [String]) privacy!: string[];
}

@ReadsFrom('OrganisationSettings')
@ObjectType({
  description:
    'Who runs this installation, as everyone may see it: in the header of every page, and on the public statements.',
})
export class SiteIdentity {
  @Field({ description: 'The service’s name, e.g. Partnership Tracker.' }) serviceName!: string;
  @Field(() => String, { nullable: true }) organisationName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where the organisation’s logo is served; null when there is none.',
  })
  logoUrl!: string | null;
}

@ReadsFrom('OrganisationSettings')
@ObjectType({
  description:
    'Admins: the organisation’s settings in force, each the settings page’s value or, where it has none, the server’s environment default.',
})
export class OrganisationSettingsModel extends SiteIdentity {
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) contactEmail!: string | null;
  @Field(() => String, { nullable: true }) contactPhone!: string | null;
  @Field(() => String, { nullable: true }) postalAddress!: string | null;
  @Field(() => String, { nullable: true }) dataControllerName!: string | null;
  @Field(() => String, { nullable: true }) dpoName!: string | null;
  @Field(() => String, { nullable: true }) dpoEmail!: string | null;
  @Field({ description: 'The address people open the service at, used in the links emails carry.' })
  publicUrl!: string;
  @Field(() => String, { nullable: true }) mailFromName!: string | null;
  @Field() mailFromAddress!: string;
  @Field(() => AccessibilityCompliance, { nullable: true })
  accessibilityCompliance!: AccessibilityCompliance | null;
  @Field(() => String, { nullable: true }) accessibilityNonAccessible!: string | null;
  @Field(() => String, { nullable: true }) accessibilityTesting!: string | null;
  @Field(() => DateScalar, { nullable: true }) accessibilityTestedOn!: Date | null;
  @Field(() => DateScalar, { nullable: true }) accessibilityPreparedOn!: Date | null;
  @Field(() => DateScalar, { nullable: true }) accessibilityReviewedOn!: Date | null;
  @Field(() => String, { nullable: true }) privacyPurposes!: string | null;
  @Field(() => String, { nullable: true }) privacyLawfulBasis!: string | null;
  @Field(() => String, { nullable: true }) privacyRecipients!: string | null;
  @Field(() => [String], {
    description:
      'The fields whose value comes from the server’s environment (ORG_*, PUBLIC_URL, MAIL_FROM, REPORT_LOGO).',
  })
  fromEnvironment!: string[];
  @Field(() => StatementsMissing) missing!: StatementsMissing;
}
