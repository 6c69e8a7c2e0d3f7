import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print, type DocumentNode } from 'graphql';
import type { Plugin } from 'vite';
import {
  TRUSTED_DOCUMENT_HASH,
  TRUSTED_DOCUMENTS_FILE,
  type TrustedDocumentsManifest,
} from '@partnership-tracker/domain';

/**
 * The client's GraphQL operations as trusted documents, and each in the chunk that uses it.
 *
 * Codegen's `graphql()` looks a document up in one map of every operation (its own comment says
 * the map cannot be tree-shaken), so every page loaded the text and syntax tree of all 139
 * documents: a 51 KB gzip chunk in the initial JavaScript. This plugin replaces each
 * `graphql(`...`)` call with that one document's syntax tree, inlined where it is used, so a
 * page's chunk carries its own documents and nothing else.
 *
 * Each operation gets a `__meta__.hash`: the SHA-256 of its text as Apollo Client would send it
 * (with the `__typename` fields its cache adds, added here by Apollo's own transform). The
 * browser sends the hash in place of the text (apolloClient.ts), and the build writes
 * `trusted-documents.json` (hash → text) for the server (server/src/common/graphql/trusted-documents.ts).
 */
export function trustedDocuments(generatedDir: string): Plugin {
  let byName = new Map<string, string>();
  let sourceToName = new Map<string, string>();
  const manifest = new Map<string, string>();

  const load = () => {
    const gql = readFileSync(`${generatedDir}/gql.ts`, 'utf8');
    const graphqlTs = readFileSync(`${generatedDir}/graphql.ts`, 'utf8');
    // gql.ts: `const documents: Documents = { "<source>": types.<Name>, ... }`.
    const map = gql.slice(gql.indexOf('const documents: Documents = {'));
    sourceToName = new Map(
      [...map.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)].map((m) => [
        JSON.parse(m[1]) as string,
        m[2],
      ]),
    );
    // graphql.ts: `export const <Name> = {<syntax tree as JSON>} as unknown as DocumentNode<...>;`
    byName = new Map(
      [...graphqlTs.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*;$/gm)].map((m) => [
        m[1],
        m[2],
      ]),
    );
  };

  /** The document as the browser will use it: with Apollo's __typename fields and, for an operation, its hash. */
  const documentFor = (name: string): string => {
    const json = byName.get(name);
    if (!json) throw new Error(`client/src/__generated__/graphql.ts has no ${name}: run npm run codegen`);
    const document = addTypenameToDocument(JSON.parse(json) as DocumentNode) as DocumentNode & {
      __meta__?: { hash: string };
    };
    if (document.definitions.some((d) => d.kind === 'OperationDefinition')) {
      const text = print(document);
      const hash = createHash(TRUSTED_DOCUMENT_HASH).update(text).digest('hex');
      manifest.set(hash, text);
      document.__meta__ = { hash };
    }
    return JSON.stringify(document);
  };

  return {
    name: 'partnership-tracker:trusted-documents',
    apply: 'build',
    // Before TypeScript is compiled: the `graphql` import a replaced call leaves unused is then
    // dropped with the rest of TypeScript's unused imports.
    enforce: 'pre',
    buildStart() {
      load();
      manifest.clear();
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/__generated__/') || !code.includes('graphql(`'))
        return null;
      let count = 0;
      const out = code.replace(/\bgraphql\(`([^`]*)`\)/g, (call, source: string) => {
        const name = sourceToName.get(source);
        if (!name) {
          throw new Error(`${id}: a graphql() document codegen has not seen: run npm run codegen`);
        }
        count += 1;
        // JSON.parse of a string literal: V8 reads it faster than the same object as code.
        return `JSON.parse(${JSON.stringify(documentFor(name))})`;
      });
      return count ? { code: out, map: null } : null;
    },
    generateBundle() {
      const list: TrustedDocumentsManifest = {
        format: 1,
        documents: Object.fromEntries([...manifest].sort(([a], [b]) => a.localeCompare(b))),
      };
      this.emitFile({
        type: 'asset',
        fileName: TRUSTED_DOCUMENTS_FILE,
        source: `${JSON.stringify(list, null, 1)}\n`,
      });
    },
  };
}
