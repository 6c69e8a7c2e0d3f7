import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { EVIDENCE_MAX_FILES_PER_CHANGE, LIMITS } from '@partnership-tracker/domain';
import { IdField, IdListField, TextField } from '../common/graphql/input-fields.js';

@InputType({ description: 'Admins: make an evidence file public, or private again.' })
export class PublishEvidenceFileInput {
  @IdField('Choose a file')
  id!: string;

  @Field({ description: 'True to publish, false to make it private again.' })
  @IsBoolean({ message: 'Say whether to publish the file' })
  published!: boolean;
}

@InputType({ description: 'Archive an evidence file: it is kept, with why, but no longer listed.' })
export class ArchiveEvidenceFileInput {
  @IdField('Choose a file')
  id!: string;

  @TextField(LIMITS.evidence.archiveReason, {
    description: 'Why it is archived, e.g. "Uploaded by mistake".',
  })
  reason!: string;
}

/** The files an update or a milestone's completion attaches: ids the upload answered. */
export const EvidenceFileIdsField = () =>
  IdListField('Each evidence file must be a valid id', {
    max: EVIDENCE_MAX_FILES_PER_CHANGE,
    presence: 'omittable',
    tooMany: `Attach at most ${EVIDENCE_MAX_FILES_PER_CHANGE} files at a time`,
    description: 'Evidence files uploaded for this action (POST /files/evidence), to attach.',
  });
