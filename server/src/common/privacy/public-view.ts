import type { Viewer } from '../auth/viewer.js';

/**
 * The public: nobody signed in and no update link. They see only what is marked public:
 * published actions and their public summaries, never descriptions, RAG reasons, progress
 * reports, milestone evidence or internal notes. Signed-in users and link holders (partner
 * contacts who update their own actions) keep their working view.
 */
export const isPublicViewer = (viewer: Viewer) => !viewer.user && !viewer.link;
