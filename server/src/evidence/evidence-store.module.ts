import { Module } from '@nestjs/common';
import { PostgresEvidenceStore } from './evidence-store.js';
import { EvidenceStores } from './evidence-stores.js';

/** Where evidence files' bytes live: for the evidence service and the retention job. */
@Module({
  providers: [PostgresEvidenceStore, EvidenceStores],
  exports: [EvidenceStores],
})
export class EvidenceStoreModule {}
