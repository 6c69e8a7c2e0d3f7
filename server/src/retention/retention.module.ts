import { Module } from '@nestjs/common';
import { EvidenceStoreModule } from '../evidence/evidence-store.module.js';
import { RetentionService } from './retention.service.js';

/** The retention job: deletes personal data past its period (docs/operations.md#retention). */
@Module({ imports: [EvidenceStoreModule], providers: [RetentionService], exports: [RetentionService] })
export class RetentionModule {}
