import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { trustedDocuments } from './vite-trusted-documents.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const govukAssets = here('../node_modules/govuk-frontend/dist/govuk/assets');

export default defineConfig({
  root: here('.'),
  publicDir: false,
  // Each GraphQL document in the chunk that uses it, with its hash; trusted-documents.json for the server.
  plugins: [trustedDocuments(here('./src/__generated__')), react()],
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${here('./src')}/` },
      // govuk-frontend's precompiled CSS asks for /assets/fonts/... and /assets/images/...:
      // resolve those to the package so Vite bundles them with hashed names.
      { find: /^\/assets\/(fonts|images)\//, replacement: `${govukAssets}/$1/` },
    ],
  },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    sourcemap: true,
    // govuk-frontend's CSS comes minified, with old Internet Explorer hacks (@media screen\0)
    // that Lightning CSS rejects: leave CSS as it is.
    cssMinify: false,
    rolldownOptions: {
      output: {
        // What every page loads first (React, the router, Apollo Client, the layout) in one file
        // with the entry: it compresses better than the shared chunks it was split into, 5 KB gzip
        // less. The pages and what only they share stay in chunks of their own.
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
    // That one file is about 520 KB minified; the bench's budget guards its gzip size.
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    // ws: subscriptions share /graphql. Host is passed on unchanged, so the API's Origin check
    // sees a page of the same host.
    proxy: { '/graphql': { target: 'http://localhost:3000', ws: true } },
  },
});
