import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

/** A strong ETag: the SHA-256 of the exact bytes sent. */
export function strongEtag(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || t === etag || t === `W/${etag}`);
}

/**
 * Sends a body with a strong ETag, answering 304 Not Modified when the client already has it.
 * HTML pages are revalidated each time; open data may be cached by anyone for a few minutes.
 */
export function sendCached(
  req: Request,
  res: Response,
  body: string | Buffer,
  headers: { contentType: string; cacheControl: string; extra?: Record<string, string> },
): void {
  const etag = strongEtag(body);
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', headers.cacheControl);
  res.setHeader('Content-Type', headers.contentType);
  for (const [name, value] of Object.entries(headers.extra ?? {})) res.setHeader(name, value);
  if (matches(req.headers['if-none-match'], etag)) {
    res.status(304).end();
    return;
  }
  res.status(200).send(body);
}
