import { Injectable } from '@nestjs/common';
import { failure, EvidenceReason } from '../common/graphql/error-reasons.js';
import { PrismaService } from '../common/prisma/prisma.service.js';

/** The size of one stored piece of a file: small enough to hold a few in memory per upload. */
export const EVIDENCE_CHUNK_BYTES = 256 * 1024;

/** EvidenceFile.storage: where a file's bytes are. */
export type EvidenceStorage = 'POSTGRES' | 'S3';

/** What a store needs of a file's row to find its bytes. */
export interface StoredFile {
  id: string;
  storage: string;
  storageKey: string | null;
}

/** One file's bytes on their way in, in order. */
export interface EvidenceWriter {
  /** Keeps the next piece of the file. */
  write(bytes: Uint8Array): Promise<void>;
  /** All pieces are in: the file is whole in the store. */
  finish(): Promise<void>;
  /**
   * Drops what was kept of the file, after its row is deleted. Never throws: a failure is
   * logged, as the user's request has its own answer already.
   */
  abort(): Promise<void>;
}

/**
 * Where evidence files' bytes live (docs/decisions/0007-evidence-file-storage.md): PostgreSQL
 * (EvidenceChunk rows, in the database's own backups) by default, or an S3-compatible bucket.
 */
export interface EvidenceStore {
  /** The value of EvidenceFile.storage for files this store keeps. */
  readonly name: EvidenceStorage;
  /** EvidenceFile.storageKey for a new file: where the store keeps it, or null in the database. */
  keyOf(fileId: string): string | null;
  /** Starts keeping a new file, whose row already exists. */
  begin(fileId: string): EvidenceWriter;
  /** The file's bytes, in order, a piece at a time; nothing is fetched until the first is asked for. */
  read(file: StoredFile): AsyncIterable<Uint8Array>;
}

/** The store cannot be reached, or refused us: the user can only try again later. */
export const storeUnavailable = () =>
  failure(
    EvidenceReason.STORE_UNAVAILABLE,
    'Evidence files cannot be stored or fetched just now. Try again later, and tell us if it keeps happening.',
  );

@Injectable()
export class PostgresEvidenceStore implements EvidenceStore {
  readonly name = 'POSTGRES' as const;

  constructor(private readonly prisma: PrismaService) {}

  keyOf(): null {
    return null;
  }

  begin(fileId: string): EvidenceWriter {
    let seq = 0;
    return {
      // Each piece in its own short statement: an upload never holds the (single, on PGlite)
      // connection for longer than one insert.
      write: async (bytes) => {
        await this.prisma.evidenceChunk.create({ data: { fileId, seq: seq++, data: new Uint8Array(bytes) } });
      },
      finish: async () => undefined,
      // The chunks are deleted with the file's row (ON DELETE CASCADE).
      abort: async () => undefined,
    };
  }

  async *read(file: StoredFile): AsyncIterable<Uint8Array> {
    for (let seq = 0; ; seq++) {
      const chunk = await this.prisma.evidenceChunk.findUnique({
        where: { fileId_seq: { fileId: file.id, seq } },
      });
      if (!chunk) return;
      yield chunk.data;
    }
  }
}
