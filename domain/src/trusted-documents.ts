/**
 * Trusted documents: the client's GraphQL operations, listed by the client's build and run by
 * hash. The build (client/vite-trusted-documents.ts) writes the list beside index.html; the
 * server (server/src/common/graphql/trusted-documents.ts) reads it.
 */
export const TRUSTED_DOCUMENTS_FILE = 'trusted-documents.json';

/** A document's hash: the SHA-256 of its text, in hex, as in Apollo's persisted-query protocol. */
export const TRUSTED_DOCUMENT_HASH = 'sha256';

export interface TrustedDocumentsManifest {
  format: 1;
  /** Hash → the operation's text, exactly as the browser would send it. */
  documents: Record<string, string>;
}
