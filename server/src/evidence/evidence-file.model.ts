import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReadsFrom } from '../common/graphql/reads-from.js';

@ReadsFrom('EvidenceFile')
@ObjectType('EvidenceFile', {
  description:
    'A file of evidence for an action, attached to a progress update or a milestone. Its kind was judged from its content.',
})
export class EvidenceFileModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'The name it was uploaded with, made safe.' }) fileName!: string;
  @Field({ description: 'PDF, PNG, JPEG, GIF, WEBP, DOCX, XLSX or CSV, judged from the content.' })
  kind!: string;
  @Field({ description: 'The type it is served with.' }) contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field({ description: 'SHA-256 of the content, in hex: anyone can check a copy against it.' })
  sha256!: string;
  @Field({ description: 'Who added it (their email, or the update link holder’s).' }) addedByEmail!: string;
  @Field({ description: 'When it was uploaded.' }) createdAt!: Date;
  @Field(() => ID, { nullable: true, description: 'The milestone whose completion it evidences.' })
  milestoneId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The progress update it came with.' })
  updateId!: string | null;
  @Field({ description: 'Public: the public page and open data may link to it. Only admins publish.' })
  published!: boolean;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Archived files are kept, and shown to admins only.' })
  archivedAt!: Date | null;
  @Field(() => String, { nullable: true }) archivedByEmail!: string | null;
  @Field(() => String, { nullable: true }) archiveReason!: string | null;
  actionId!: string;
  addedByPartnerId!: string | null;
}
