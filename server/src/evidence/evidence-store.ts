import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma/prisma.service.js';

/** The size of one stored piece of a file: small enough to hold a few in memory per upload. */
export const EVIDENCE_CHUNK_BYTES = 256 * 1024;

/**
 * Where evidence files' bytes live. The PostgreSQL store (EvidenceChunk rows) is the only one
 * built: the bytes go in the database's own backups. An S3-compatible store is a documented
 * plan (docs/decisions/0007-evidence-file-storage.md); EVIDENCE_STORE refuses it until it exists.
 */
export interface EvidenceStore {
  /** The value of EvidenceFile.storage for files this store keeps. */
  readonly name: 'POSTGRES';
  /** Keeps piece `seq` (0, 1, 2 ...) of the file, in order. */
  write(fileId: string, seq: number, bytes: Uint8Array): Promise<void>;
  /** The file's pieces, in order, one at a time. */
  read(fileId: string): AsyncIterable<Uint8Array>;
}

@Injectable()
export class PostgresEvidenceStore implements EvidenceStore {
  readonly name = 'POSTGRES' as const;

  constructor(private readonly prisma: PrismaService) {}

  async write(fileId: string, seq: number, bytes: Uint8Array): Promise<void> {
    // Each piece in its own short statement: an upload never holds the (single, on PGlite)
    // connection for longer than one insert.
    await this.prisma.evidenceChunk.create({ data: { fileId, seq, data: new Uint8Array(bytes) } });
  }

  async *read(fileId: string): AsyncIterable<Uint8Array> {
    for (let seq = 0; ; seq++) {
      const chunk = await this.prisma.evidenceChunk.findUnique({ where: { fileId_seq: { fileId, seq } } });
      if (!chunk) return;
      yield chunk.data;
    }
  }
}
