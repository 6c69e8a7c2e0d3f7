import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  TRUSTED_DOCUMENT_HASH,
  TRUSTED_DOCUMENTS_FILE,
  type TrustedDocumentsManifest,
} from '@partnership-tracker/domain';
import type { NextFunction, Request, Response } from 'express';
import { failure, RequestReason } from './error-reasons.js';

/**
 * The client's own operations, as its build listed them (client/vite-trusted-documents.ts): the
 * browser sends a document's hash, and the server runs the text it has for it. Apollo's document
 * store keeps each text parsed and validated after its first run, so a trusted document is never
 * parsed or validated again while the server runs.
 */
export class TrustedDocuments {
  private readonly byHash: ReadonlyMap<string, string>;
  private readonly texts: ReadonlySet<string>;

  constructor(manifest: TrustedDocumentsManifest | null) {
    this.byHash = new Map(Object.entries(manifest?.documents ?? {}));
    this.texts = new Set(this.byHash.values());
  }

  /** The list in a client build; empty when there is none (the API alone, or tests without a build). */
  static fromClientBuild(clientDist: string): TrustedDocuments {
    const file = join(clientDist, TRUSTED_DOCUMENTS_FILE);
    if (!existsSync(file)) return new TrustedDocuments(null);
    return new TrustedDocuments(JSON.parse(readFileSync(file, 'utf8')) as TrustedDocumentsManifest);
  }

  text(hash: string): string | undefined {
    return this.byHash.get(hash);
  }

  isTrusted(text: string): boolean {
    return this.texts.has(text);
  }

  static hashOf(text: string): string {
    return createHash(TRUSTED_DOCUMENT_HASH).update(text).digest('hex');
  }
}

/**
 * A request a browser made: browsers mark every request a page sends with Sec-Fetch-Site (all
 * current ones do, and a page's script cannot take it off). A script or a server sends none.
 */
export function isBrowserRequest(
  headers: IncomingHttpHeaders | { get(name: string): string | undefined | null },
) {
  const value =
    'get' in headers && typeof headers.get === 'function'
      ? headers.get('sec-fetch-site')
      : (headers as IncomingHttpHeaders)['sec-fetch-site'];
  return typeof value === 'string' && value.length > 0;
}

/** The answer to a browser's document that is not the client's own: most likely a page from an older build. */
export const untrustedDocument = () =>
  failure(
    RequestReason.UNTRUSTED_DOCUMENT,
    'This page is out of date: reload it to use the app as it is now.',
  );

interface PersistedQueryBody {
  query?: unknown;
  extensions?: { persistedQuery?: { version?: unknown; sha256Hash?: unknown } };
}

/**
 * Before Apollo (and the dashboard cache, which knows documents by their text): a request that
 * names a trusted document by its hash gets the document's text. A hash the list does not hold is
 * left to Apollo's persisted-query support, which asks the client for the text.
 */
export function trustedDocumentsMiddleware(documents: TrustedDocuments) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const body = req.body as PersistedQueryBody | undefined;
    const hash = body?.extensions?.persistedQuery?.sha256Hash;
    if (req.method === 'POST' && typeof hash === 'string') {
      const text = documents.text(hash);
      if (text !== undefined && (body!.query === undefined || body!.query === text)) {
        body!.query = text;
        delete body!.extensions!.persistedQuery;
      }
    }
    next();
  };
}

/**
 * With BROWSER_DOCUMENTS=trusted (production's default), a browser may run only the client's own
 * operations: anything else it sends is refused before it runs, so a script injected into a page
 * cannot use the session to run documents of its own making. Scripts outside a browser are not
 * limited by this, only by the API's usual limits.
 */
export function trustedDocumentsPlugin(
  documents: TrustedDocuments,
  browsersTrusted: boolean,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      if (!browsersTrusted) return;
      return {
        async didResolveOperation(rc) {
          const headers = rc.request.http?.headers;
          if (!headers || !isBrowserRequest(headers)) return;
          if (rc.source !== undefined && documents.isTrusted(rc.source)) return;
          const refused = untrustedDocument();
          // A request the server will not run, like a document that does not parse: HTTP 400.
          Object.assign(refused.extensions, { http: { status: 400 } });
          throw refused;
        },
      };
    },
  };
}
