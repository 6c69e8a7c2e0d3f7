import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { S3EvidenceStore } from './evidence-s3-store.js';
import {
  PostgresEvidenceStore,
  storeUnavailable,
  type EvidenceStore,
  type StoredFile,
} from './evidence-store.js';

/**
 * The stores of this deployment: `current` takes new files (EVIDENCE_STORE), and each file is
 * read from the store its row names, so files kept before a switch stay readable.
 */
@Injectable()
export class EvidenceStores implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('EvidenceStore');
  private readonly s3: S3EvidenceStore | null;
  readonly current: EvidenceStore;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly postgres: PostgresEvidenceStore,
  ) {
    this.s3 = config.evidenceS3 ? new S3EvidenceStore(config.evidenceS3) : null;
    // loadConfig refuses EVIDENCE_STORE=s3 without the S3 settings.
    this.current = config.EVIDENCE_STORE === 's3' ? this.s3! : postgres;
  }

  /** The store that keeps this file. */
  of(file: StoredFile): EvidenceStore {
    if (file.storage === 'POSTGRES') return this.postgres;
    if (file.storage === 'S3' && this.s3) return this.s3;
    this.log.error(`File ${file.id} is kept in ${file.storage}, which this deployment has no settings for`);
    throw storeUnavailable();
  }

  /**
   * After their rows are deleted, the bytes of files kept outside the database (the database's
   * own cascade to the chunks). A failure is logged, never thrown: the file is already gone for
   * users, and what is left in the bucket is named in the log for the operator.
   */
  async deleteObjects(files: readonly StoredFile[]): Promise<void> {
    const elsewhere = files.filter((f) => f.storage !== 'POSTGRES');
    if (elsewhere.length === 0) return;
    const keys = elsewhere.map((f) => f.storageKey ?? f.id);
    if (!this.s3) {
      this.log.error(`Cannot delete ${keys.join(', ')}: no S3 settings; delete them from the bucket by hand`);
      return;
    }
    await this.s3.delete(keys).catch((error: unknown) => {
      this.log.error(`Could not delete ${keys.join(', ')} from the bucket: ${(error as Error).message}`);
    });
  }

  /** At start, in the background: whether the bucket is there and answers, shown in the log. */
  onApplicationBootstrap(): void {
    const s3 = this.s3;
    if (!s3) return;
    s3.check().then(
      () => this.log.log(`Evidence files: bucket ${s3.describe()} is ready`),
      (error: unknown) =>
        this.log.error(
          `Evidence files: bucket ${s3.describe()} cannot be used: ${(error as Error).message}. ` +
            'Uploads and downloads of files kept there fail until it can.',
        ),
    );
  }

  onModuleDestroy(): void {
    this.s3?.close();
  }
}
