import { createHash, randomBytes } from 'node:crypto';
import type request from 'supertest';

type Agent = ReturnType<typeof request.agent>;

export const MB = 1024 * 1024;

export const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A PDF-looking file of `size` bytes, different every time. */
export const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);

/** An evidence upload as the client sends it: from our own pages, for an action. */
export function uploadEvidence(agent: Agent, actionId: string, name: string, content: Buffer) {
  return agent
    .post(`/files/evidence?actionId=${actionId}`)
    .set('apollo-require-preflight', 'true')
    .set('sec-fetch-site', 'same-origin')
    .attach('file', content, name);
}
