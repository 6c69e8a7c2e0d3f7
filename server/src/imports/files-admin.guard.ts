import { adminOnly } from '../common/auth/access.js';
import { Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuthService } from '../auth/auth.service.js';
import { isAdmin } from '../common/auth/permissions.js';
import type { Viewer } from '../common/auth/viewer.js';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { forbidden, unauthenticated } from '../common/graphql/errors.js';
import { isSameSiteWrite } from '../common/live/websocket-upgrade.guard.js';

export type RequestWithViewer = Request & { viewer?: Viewer };

/** The header a cross-site form cannot send without a CORS preflight, which this server refuses. */
export const PREFLIGHT_HEADER = 'apollo-require-preflight';

/** What a controller's files are for: the admin operation they belong to, and what to sign in for. */
export interface AdminFilesPurpose {
  operation: Parameters<typeof adminOnly>[0];
  signIn: string;
}
const PURPOSE = 'adminFilesPurpose';
const IMPORTS: AdminFilesPurpose = { operation: 'applyPlanImport', signIn: 'Sign in to import a plan' };

/** Names a controller's purpose for FilesAdminGuard's messages (the plan import's by default). */
export const AdminFiles = (purpose: AdminFilesPurpose) => SetMetadata(PURPOSE, purpose);

/**
 * Guards the admins' files under /files/ (the plan import's, the organisation's logo): a signed-in admin's session cookie, and for uploads
 * the CSRF defence of GraphQL (a header only scripts on our own pages can send) and more: an
 * Origin of this site, or Sec-Fetch-Site same-origin, is required.
 */
@Injectable()
export class FilesAdminGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<RequestWithViewer>();
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      if (!req.headers[PREFLIGHT_HEADER] || !isSameSiteWrite(req.headers, this.config.publicUrl)) {
        throw forbidden(`Send uploads from the tracker's own pages (with the ${PREFLIGHT_HEADER} header)`);
      }
    }
    const purpose =
      this.reflector.getAllAndOverride<AdminFilesPurpose | undefined>(PURPOSE, [
        context.getHandler(),
        context.getClass(),
      ]) ?? IMPORTS;
    const viewer = await this.auth.viewerFromRequest(req);
    if (!viewer.user) throw unauthenticated(purpose.signIn);
    if (!isAdmin(viewer)) throw adminOnly(purpose.operation);
    req.viewer = viewer;
    return true;
  }
}
