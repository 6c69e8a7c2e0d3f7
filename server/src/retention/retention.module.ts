import { Module } from '@nestjs/common';
import { RetentionService } from './retention.service.js';

/** The retention job: deletes personal data past its period (docs/operations.md#retention). */
@Module({ providers: [RetentionService], exports: [RetentionService] })
export class RetentionModule {}
