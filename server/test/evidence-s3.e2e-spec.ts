import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'minio';
import S3rver from 's3rver';
import type request from 'supertest';
import { PostgresEvidenceStore } from '../src/evidence/evidence-store.js';
import { RetentionService } from '../src/retention/retention.service.js';
import { testClock } from './support/clock.js';
import { MB, pdf, sha, uploadEvidence as upload } from './support/evidence.js';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { gql } from './support/graphql.js';
import { png } from './support/png.js';
import { download } from './support/reports.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Agent = ReturnType<typeof request.agent>;

/** An S3 server the suite runs against, with an account and a bucket made for it. */
interface Peer {
  endpoint: string;
  accessKey: string;
  secretKey: string;
  bucket: string;
  /** s3rver's report of each object made (Put, or Post for a multipart upload). */
  events?: { name: string; key: string }[];
  /** Whether it keeps and aborts unfinished multipart uploads (s3rver has no abort). */
  abortsUploads: boolean;
  close(): Promise<void>;
}

/**
 * s3rver: an S3 protocol emulator in this process, on a free port, with its files in a
 * temporary folder. It checks only the access key of a version 4 signature, does not enforce
 * S3's 5 MiB smallest part, and has no AbortMultipartUpload.
 */
async function startS3rver(): Promise<Peer> {
  // s3rver's own account: it knows no other access key.
  const key = 'S3RVER';
  const bucket = 'tracker-evidence';
  const folder = mkdtempSync(join(tmpdir(), 'evidence-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: folder,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  const events: { name: string; key: string }[] = [];
  (server as unknown as NodeJS.EventEmitter).on('event', (e: any) => {
    const record = e.Records[0];
    events.push({ name: record.eventName, key: record.s3.object.key });
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    accessKey: key,
    secretKey: key,
    bucket,
    events,
    abortsUploads: false,
    close: async () => {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Ceph's RADOS Gateway, a real S3 implementation, when scripts/s3/radosgw.sh has started one
 * and the S3_TEST_* settings name it (.ci/run and npm test do, where radosgw is installed).
 */
async function radosgw(): Promise<Peer> {
  return {
    endpoint: process.env.S3_TEST_ENDPOINT!,
    accessKey: process.env.S3_TEST_ACCESS_KEY_ID!,
    secretKey: process.env.S3_TEST_SECRET_ACCESS_KEY!,
    bucket: process.env.S3_TEST_BUCKET!,
    abortsUploads: true,
    close: async () => undefined,
  };
}

const PEERS: { name: string; start: () => Promise<Peer>; checksSignatures: boolean }[] = [
  { name: 's3rver, an S3 emulator', start: startS3rver, checksSignatures: false },
  ...(process.env.S3_TEST_ENDPOINT
    ? [{ name: 'Ceph RADOS Gateway (radosgw)', start: radosgw, checksSignatures: true }]
    : []),
];
if (!process.env.S3_TEST_ENDPOINT) {
  console.warn(
    'evidence-s3: no S3_TEST_ENDPOINT, so the store is tested against s3rver only; ' +
      'scripts/s3/radosgw.sh starts a real S3 server (.ci/run runs it).',
  );
}
const UNAVAILABLE = {
  code: 'INTERNAL_SERVER_ERROR',
  reason: 'EVIDENCE_STORE_UNAVAILABLE',
};
const RECORD = `mutation($input: RecordUpdateInput!) { recordUpdate(input: $input) { id } }`;

/** A port nothing listens on: one the system handed out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Evidence files in an S3-compatible bucket (EVIDENCE_STORE=s3), against each S3 server there is
 * (PEERS). Each run uses a prefix of its own, so runs that share a bucket never see each other's.
 */
describe.each(PEERS)(
  'evidence files in an S3-compatible store: $name',
  ({ start: startPeer, checksSignatures }) => {
    let peer: Peer;
    let bucket: Client;
    let BUCKET: string;
    const PREFIX = `tracker/evidence-${randomUUID().slice(0, 8)}/`;
    let t: TestApp;
    const s3Env = () => ({
      EVIDENCE_STORE: 's3',
      S3_ENDPOINT: peer.endpoint,
      S3_BUCKET: peer.bucket,
      S3_ACCESS_KEY_ID: peer.accessKey,
      S3_SECRET_ACCESS_KEY: peer.secretKey,
      S3_PREFIX: PREFIX,
    });

    beforeAll(async () => {
      peer = await startPeer();
      BUCKET = peer.bucket;
      const url = new URL(peer.endpoint);
      bucket = new Client({
        endPoint: url.hostname,
        port: Number(url.port),
        useSSL: false,
        accessKey: peer.accessKey,
        secretKey: peer.secretKey,
        region: 'us-east-1',
        pathStyle: true,
      });
      // Files of 12 MB: over two parts of 5 MiB.
      t = await startTestApp({ ...s3Env(), EVIDENCE_MAX_MB: '12' });
    });
    afterAll(async () => {
      await t?.close();
      await peer?.close();
    });

    /** Uploads begun under the app's prefix and never completed or aborted. */
    async function unfinished(): Promise<string[]> {
      const keys: string[] = [];
      for await (const item of bucket.listIncompleteUploads(BUCKET, PREFIX, true)) keys.push(item.key);
      return keys;
    }

    async function setting(app: TestApp = t) {
      const [lead, supporter] = [await makePartner(app.prisma), await makePartner(app.prisma)];
      const { plan } = await makePlan(app.prisma, {
        partners: [lead, supporter],
        priorities: 1,
        actionsPer: 1,
      });
      const action = await app.prisma.action.findFirstOrThrow({ where: { priority: { planId: plan.id } } });
      return { action, lead: await signedIn(app, 'PARTNER_EDITOR', lead.id) };
    }

    /** An attached file's row as a store left it (its bytes are put in place by the test): its id. */
    async function fileRow(
      app: TestApp,
      s: Awaited<ReturnType<typeof setting>>,
      content: Buffer,
      storage: 'POSTGRES' | 'S3',
    ) {
      const id = randomUUID();
      const isPdf = content.subarray(0, 4).toString() === '%PDF';
      await app.prisma.evidenceFile.create({
        data: {
          id,
          actionId: s.action.id,
          fileName: isPdf ? 'earlier.pdf' : 'earlier.png',
          contentType: isPdf ? 'application/pdf' : 'image/png',
          kind: isPdf ? 'PDF' : 'PNG',
          sizeBytes: content.length,
          sha256: sha(content),
          storage,
          storageKey: storage === 'S3' ? `${PREFIX}${id}` : null,
          addedByEmail: s.lead.user.email,
          attachedAt: testClock.now(),
        },
      });
      return id;
    }

    /** The keys in the bucket under the app's prefix. */
    async function objects(): Promise<string[]> {
      const keys: string[] = [];
      for await (const item of bucket.listObjects(BUCKET, PREFIX, true)) keys.push(item.name!);
      return keys.sort();
    }

    const attach = (agent: Agent, action: { id: string; version: number }, ids: string[]) =>
      gql(agent, RECORD, {
        input: {
          actionId: action.id,
          expectedVersion: action.version,
          status: 'IN_PROGRESS',
          rag: 'GREEN',
          ragReason: 'As agreed',
          progress: 50,
          commentary: 'Evidence attached',
          evidenceFileIds: ids,
        },
      });

    it('keeps each file as one object, a small one in one PUT and a large one in parts, and streams both back byte for byte', async () => {
      const s = await setting();
      const photo = png();
      const big = pdf(11 * MB);
      const small = await upload(s.lead.agent, s.action.id, 'photo.png', photo);
      const large = await upload(s.lead.agent, s.action.id, 'register.pdf', big);
      expect([small.status, large.status]).toEqual([201, 201]);
      expect(large.body).toMatchObject({ sizeBytes: big.length, sha256: sha(big) });

      for (const [up, content] of [
        [small, photo],
        [large, big],
      ] as const) {
        const key = `${PREFIX}${up.body.id}`;
        expect(await t.prisma.evidenceFile.findUniqueOrThrow({ where: { id: up.body.id } })).toMatchObject({
          storage: 'S3',
          storageKey: key,
        });
        // Nothing in the database's chunks: the bytes are in the bucket, whole.
        expect(await t.prisma.evidenceChunk.count({ where: { fileId: up.body.id } })).toBe(0);
        expect((await bucket.statObject(BUCKET, key)).size).toBe(content.length);
      }
      if (peer.events) {
        // s3rver reports how each object was made (its multipart ETags are plain ones).
        expect(peer.events).toEqual(
          expect.arrayContaining([
            { name: 'ObjectCreated:Put', key: `${PREFIX}${small.body.id}` },
            { name: 'ObjectCreated:Post', key: `${PREFIX}${large.body.id}` },
          ]),
        );
      } else {
        // A multipart object's ETag ends in its number of parts: 11 MB is three of 5 MiB.
        expect((await bucket.statObject(BUCKET, `${PREFIX}${large.body.id}`)).etag).toMatch(/-3$/);
        expect((await bucket.statObject(BUCKET, `${PREFIX}${small.body.id}`)).etag).not.toMatch(/-\d+$/);
      }

      expect((await attach(s.lead.agent, s.action, [small.body.id, large.body.id])).errors).toBeUndefined();
      const down = await download(s.lead.agent, `/files/evidence/${large.body.id}`);
      expect(down.status).toBe(200);
      expect(down.headers).toMatchObject({
        'content-type': 'application/pdf',
        'content-length': String(big.length),
        'x-evidence-sha256': sha(big),
      });
      expect(sha(down.body)).toBe(sha(big));
      expect(sha((await download(s.lead.agent, `/files/evidence/${small.body.id}`)).body)).toBe(sha(photo));
      // The app's rules still decide who reads it: not the public.
      expect((await t.agent().get(`/files/evidence/${large.body.id}`)).status).toBe(404);
    });

    it('refused content leaves neither a row nor an object, even when refused after its first parts', async () => {
      const s = await setting();
      const before = { files: await t.prisma.evidenceFile.count(), objects: await objects() };
      const named = await upload(s.lead.agent, s.action.id, 'photo.jpg', pdf(5000));
      expect([named.status, named.body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
      // Over the limit by a byte, found only when the stream passes it: two parts were sent by then.
      const huge = await upload(s.lead.agent, s.action.id, 'huge.pdf', pdf(12 * MB + 1));
      expect([huge.status, huge.body.errors[0].message]).toEqual([
        413,
        'The file must be smaller than 12 MB',
      ]);
      expect({ files: await t.prisma.evidenceFile.count(), objects: await objects() }).toEqual(before);
      // The parts already sent are thrown away with the upload, not left to the bucket's lifecycle rule.
      if (peer.abortsUploads) expect(await unfinished()).toEqual([]);
    });

    it('an upload its request did not keep is deleted with its object', async () => {
      const s = await setting();
      const before = await objects();
      const seen = peer.events?.length ?? 0;
      // Two files where one is allowed: multer drops the one already stored.
      const res = await s.lead.agent
        .post(`/files/evidence?actionId=${s.action.id}`)
        .set('apollo-require-preflight', 'true')
        .set('sec-fetch-site', 'same-origin')
        .attach('file', png(), 'one.png')
        .attach('file', png(), 'two.png');
      expect(res.status).toBe(400);
      expect(await t.prisma.evidenceFile.count({ where: { actionId: s.action.id } })).toBe(0);
      // The first was stored whole, then deleted.
      if (peer.events) expect(peer.events.slice(seen).map((e) => e.name)).toEqual(['ObjectCreated:Put']);
      expect(await objects()).toEqual(before);
    });

    it('the retention job deletes the objects of uploads never attached, and keeps attached ones', async () => {
      const s = await setting();
      const stale = await upload(s.lead.agent, s.action.id, 'stale.png', png());
      const kept = await upload(s.lead.agent, s.action.id, 'kept.png', png());
      expect((await attach(s.lead.agent, s.action, [kept.body.id])).errors).toBeUndefined();
      await t.prisma.evidenceFile.updateMany({
        where: { id: { in: [stale.body.id, kept.body.id] } },
        data: { createdAt: new Date(testClock.now().getTime() - 2 * 86_400_000) },
      });
      expect(await objects()).toEqual(expect.arrayContaining([`${PREFIX}${stale.body.id}`]));

      const result = await t.app.get(RetentionService).run(testClock.now());
      expect(result.deleted?.unattachedEvidence).toBeGreaterThanOrEqual(1);
      expect(await t.prisma.evidenceFile.findUnique({ where: { id: stale.body.id } })).toBeNull();
      const left = await objects();
      expect(left).not.toContain(`${PREFIX}${stale.body.id}`);
      expect(left).toContain(`${PREFIX}${kept.body.id}`);
    });

    it('a file kept in PostgreSQL before the switch to S3 is still downloaded from PostgreSQL', async () => {
      const s = await setting();
      const content = pdf(600 * 1024);
      const id = await fileRow(t, s, content, 'POSTGRES');
      // Written as the PostgreSQL store writes it, in its pieces.
      const writer = t.app.get(PostgresEvidenceStore, { strict: false }).begin(id);
      for (let at = 0; at < content.length; at += 256 * 1024)
        await writer.write(content.subarray(at, at + 256 * 1024));
      await writer.finish();
      const down = await download(s.lead.agent, `/files/evidence/${id}`);
      expect([down.status, sha(down.body)]).toEqual([200, sha(content)]);
    });

    it('back on PostgreSQL with the S3 settings kept, new files go to the database and files in the bucket stay readable', async () => {
      const { EVIDENCE_STORE: _s3, ...settings } = s3Env();
      const app = await startTestApp(settings);
      try {
        const s = await setting(app);
        const fresh = await upload(s.lead.agent, s.action.id, 'new.png', png());
        expect(
          await app.prisma.evidenceFile.findUniqueOrThrow({ where: { id: fresh.body.id } }),
        ).toMatchObject({
          storage: 'POSTGRES',
          storageKey: null,
        });
        expect(await app.prisma.evidenceChunk.count({ where: { fileId: fresh.body.id } })).toBe(1);
        // A file the S3 store kept earlier.
        const content = png();
        const id = await fileRow(app, s, content, 'S3');
        await bucket.putObject(BUCKET, `${PREFIX}${id}`, content);
        const down = await download(s.lead.agent, `/files/evidence/${id}`);
        expect([down.status, sha(down.body)]).toEqual([200, sha(content)]);
      } finally {
        await app.close();
      }
    });

    const failing: [string, () => Promise<Record<string, string>>][] = [
      ['unreachable', async () => ({ S3_ENDPOINT: `http://127.0.0.1:${await closedPort()}` })],
      ['refusing its access key', async () => ({ S3_ACCESS_KEY_ID: 'NOT-A-KEY' })],
    ];
    // A wrong secret makes a signature a server that checks them refuses (s3rver does not).
    if (checksSignatures) {
      failing.push([
        'refusing the signature of a wrong secret key',
        async () => ({ S3_SECRET_ACCESS_KEY: 'not-the-secret' }),
      ]);
    }
    describe.each(failing)('a store %s', (_name, override) => {
      let app: TestApp;
      beforeAll(async () => {
        app = await startTestApp({ ...s3Env(), ...(await override()), EVIDENCE_MAX_MB: '12' });
      });
      afterAll(() => app?.close());

      it('refuses an upload with a clear error and keeps nothing, and a download the same way', async () => {
        const s = await setting(app);
        for (const [name, content] of [
          ['photo.png', png()],
          ['register.pdf', pdf(6 * MB)],
        ] as const) {
          const res = await upload(s.lead.agent, s.action.id, name, content);
          expect({ name, status: res.status, error: res.body.errors?.[0] }).toEqual({
            name,
            status: 503,
            error: {
              message:
                'Evidence files cannot be stored or fetched just now. Try again later, and tell us if it keeps happening.',
              extensions: UNAVAILABLE,
            },
          });
        }
        expect(await app.prisma.evidenceFile.count()).toBe(0);
        expect(
          await app.prisma.auditEvent.count({
            where: { operation: 'uploadEvidenceFile', outcome: 'FAILED', actorEmail: s.lead.user.email },
          }),
        ).toBe(2);

        // A file kept there, which this app cannot reach.
        const id = await fileRow(app, s, png(), 'S3');
        const down = await s.lead.agent.get(`/files/evidence/${id}`);
        expect([down.status, down.body.errors?.[0]?.extensions]).toEqual([503, UNAVAILABLE]);
        // An error, not the start of a file.
        expect(down.headers['content-disposition']).toBeUndefined();
      });
    });
  },
);
