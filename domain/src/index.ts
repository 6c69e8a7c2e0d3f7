// The rules that the server, the plan import and the client share. Pure TypeScript: no Nest,
// React or Prisma. The server stays the authority; the client runs the same functions to show
// the same answer before anything is sent. See docs/decisions/0004-shared-domain-library.md.
export * from './alignment.js';
export * from './contact.js';
export * from './dates.js';
export * from './evidence.js';
export * from './html.js';
export * from './indicators.js';
export * from './limits.js';
export * from './organisation.js';
export * from './personal-data.js';
export * from './public-record.js';
export * from './public-text.js';
export * from './quarters.js';
export * from './rag.js';
export * from './sign-in.js';
export * from './site.js';
export * from './text.js';
export * from './trusted-documents.js';
export * from './zip.js';
export * from './amendments.js';
