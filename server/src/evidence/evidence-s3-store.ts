import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { Logger } from '@nestjs/common';
import { Client } from 'minio';
import type { EvidenceS3Settings } from '../common/config.js';
import { notFound } from '../common/graphql/errors.js';
import {
  storeUnavailable,
  type EvidenceStore,
  type EvidenceWriter,
  type StoredFile,
} from './evidence-store.js';

/** S3's smallest part but the last: an upload holds at most one part in memory. */
export const S3_PART_BYTES = 5 * 1024 * 1024;

// A store that stops answering fails the request instead of holding it (and the upload) open.
const IDLE_TIMEOUT_MS = 30_000;

/**
 * Evidence files in an S3-compatible bucket (EVIDENCE_STORE=s3): one object per file,
 * <S3_PREFIX><file id>, so an operator sees whole files. Uploads go up in parts of 5 MiB
 * (a file smaller than that in one PUT); downloads stream through the app, never from a bucket
 * address, so the app's rules decide who reads a file.
 */
export class S3EvidenceStore implements EvidenceStore {
  readonly name = 'S3' as const;
  private readonly log = new Logger('EvidenceStore');
  private readonly client: Client;
  private readonly agent: http.Agent;

  constructor(private readonly settings: EvidenceS3Settings) {
    const url = new URL(settings.endpoint);
    const useSSL = url.protocol === 'https:';
    const base = useSSL ? https : http;
    this.agent = new base.Agent({ keepAlive: true });
    this.client = new Client({
      endPoint: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port ? Number(url.port) : undefined,
      useSSL,
      accessKey: settings.accessKeyId,
      secretKey: settings.secretAccessKey,
      region: settings.region,
      pathStyle: settings.forcePathStyle,
      transportAgent: this.agent,
      transport: {
        request: ((options: http.RequestOptions, callback?: (res: http.IncomingMessage) => void) => {
          const req = base.request(options, callback);
          req.setTimeout(IDLE_TIMEOUT_MS, () => req.destroy(new Error('the store did not answer in time')));
          return req;
        }) as typeof http.request,
      },
      // minio-js reports a retry on the console, outside the log; a failed upload is tried again by
      // the person uploading.
      retryOptions: { disableRetry: true },
    });
  }

  /** The bucket and endpoint, for the log: never the keys. */
  describe(): string {
    return `${this.settings.bucket} at ${this.settings.endpoint}`;
  }

  keyOf(fileId: string): string {
    return `${this.settings.prefix}${fileId}`;
  }

  /** Whether the bucket exists and these credentials may list it. */
  async check(): Promise<void> {
    if (!(await this.client.bucketExists(this.settings.bucket))) throw new Error('it does not exist');
  }

  begin(fileId: string): EvidenceWriter {
    return new S3Upload(this.client, this.settings.bucket, this.keyOf(fileId), (what, error) =>
      this.failed(what, error),
    );
  }

  async *read(file: StoredFile): AsyncIterable<Uint8Array> {
    const key = file.storageKey ?? this.keyOf(file.id);
    let body: Readable;
    try {
      body = await this.client.getObject(this.settings.bucket, key);
    } catch (error) {
      if (codeOf(error) === 'NoSuchKey') {
        this.log.error(`File ${file.id} has no object ${key} in bucket ${this.describe()}`);
        throw notFound('The file');
      }
      throw this.failed(`read ${key}`, error);
    }
    try {
      for await (const piece of body as AsyncIterable<Buffer>) yield piece;
    } finally {
      body.destroy();
    }
  }

  /** Deletes objects; throws if any could not be deleted (the caller logs it). */
  async delete(keys: readonly string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 1000) {
      const batch = keys.slice(i, i + 1000);
      const refused = (await this.client.removeObjects(this.settings.bucket, batch)).filter(Boolean);
      if (refused.length) {
        const what = refused.map((r) => {
          const e = (r as { Error?: ObjectError }).Error ?? (r as ObjectError);
          return `${e.Key}: ${e.Code}`;
        });
        throw new Error(`the store refused ${what.join(', ')}`);
      }
    }
  }

  close(): void {
    this.agent.destroy();
  }

  /** Logs what the store said, for the operator, and answers the user with STORE_UNAVAILABLE. */
  private failed(what: string, error: unknown) {
    const code = codeOf(error);
    this.log.error(
      `Could not ${what} in bucket ${this.describe()}: ${code ? `${code}: ` : ''}${(error as Error).message}`,
    );
    return storeUnavailable();
  }
}

interface ObjectError {
  Key?: string;
  Code?: string;
}

const codeOf = (error: unknown): string | undefined => (error as { code?: string } | null)?.code;

/** One file on its way into the bucket: one PUT, or a multipart upload once it passes a part. */
class S3Upload implements EvidenceWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private uploadId: string | null = null;
  private readonly parts: { part: number; etag: string }[] = [];
  private stored = false;

  constructor(
    private readonly client: Client,
    private readonly bucket: string,
    private readonly key: string,
    private readonly failed: (what: string, error: unknown) => Error,
  ) {}

  async write(bytes: Uint8Array): Promise<void> {
    this.pending.push(Buffer.from(bytes));
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= S3_PART_BYTES) await this.sendPart();
  }

  async finish(): Promise<void> {
    if (this.uploadId === null) {
      const whole = this.take();
      await this.attempt(() =>
        this.client.putObject(this.bucket, this.key, whole, whole.length, {
          'Content-Type': 'application/octet-stream',
        }),
      );
    } else {
      if (this.pendingBytes > 0) await this.sendPart();
      const uploadId = this.uploadId;
      await this.attempt(() =>
        this.client.completeMultipartUpload(this.bucket, this.key, uploadId, this.parts),
      );
    }
    this.stored = true;
  }

  async abort(): Promise<void> {
    try {
      if (this.stored) await this.client.removeObject(this.bucket, this.key);
      else if (this.uploadId !== null)
        await this.client.abortMultipartUpload(this.bucket, this.key, this.uploadId);
    } catch (error) {
      // Logged for the operator; an unfinished multipart upload is also cleared by the bucket's
      // lifecycle rule (docs/operations.md#evidence-files).
      this.failed(this.stored ? `delete ${this.key}` : `abort the upload of ${this.key}`, error);
    }
  }

  private async sendPart(): Promise<void> {
    const uploadId = (this.uploadId ??= await this.attempt(() =>
      this.client.initiateNewMultipartUpload(this.bucket, this.key, {
        'Content-Type': 'application/octet-stream',
      }),
    ));
    const part = this.parts.length + 1;
    const body = this.take();
    const { etag } = await this.attempt(() =>
      this.client.uploadPart(
        { bucketName: this.bucket, objectName: this.key, uploadID: uploadId, partNumber: part, headers: {} },
        body,
      ),
    );
    this.parts.push({ part, etag });
  }

  private async attempt<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw this.failed(`store ${this.key}`, error);
    }
  }

  /** The bytes waiting, as one buffer, and none left waiting. */
  private take(): Buffer {
    const joined = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    return joined;
  }
}
