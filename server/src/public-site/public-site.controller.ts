import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { OrganisationService, siteIdentity } from '../organisation/organisation.service.js';
import { retentionPeriods } from '../retention/retention-periods.js';
import type { Request, Response } from 'express';
import { publicAsset } from './assets.js';
import { sendCached } from './http-cache.js';
import { accessibilityPage, privacyPage } from './info-pages.js';
import { notFoundPage, planPage, plansPage } from './plan-pages.js';
import { PublicDataService } from './public-data.service.js';

const HTML = 'text/html; charset=utf-8';
// Revalidate each time (cheap with the ETag), so a change shows at once.
const PAGE_CACHE = 'public, no-cache';

export const openDataUrls = (slug: string) => ({
  json: `/open-data/plans/${encodeURIComponent(slug)}.json`,
  csv: `/open-data/plans/${encodeURIComponent(slug)}.csv`,
});

export async function sendNotFound(res: Response, organisation: OrganisationService) {
  const site = siteIdentity(await organisation.current());
  res
    .status(404)
    .setHeader('Content-Type', HTML)
    .setHeader('Cache-Control', 'no-store')
    .send(notFoundPage(site));
}

/**
 * The public progress pages, rendered on the server so they work without JavaScript. Public on
 * purpose: they show only what PublicDataService chooses to publish. (GqlAuthGuard applies to
 * GraphQL only.)
 */
@Controller('public')
export class PublicSiteController {
  constructor(
    private readonly data: PublicDataService,
    private readonly organisation: OrganisationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async site() {
    return siteIdentity(await this.organisation.current());
  }

  @Get()
  async plans(@Req() req: Request, @Res() res: Response) {
    const [site, plans] = await Promise.all([this.site(), this.data.plans()]);
    sendCached(req, res, plansPage(site, plans), { contentType: HTML, cacheControl: PAGE_CACHE });
  }

  @Get('plans/:slug')
  async plan(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response) {
    const [site, plan] = await Promise.all([this.site(), this.data.plan(slug)]);
    if (!plan) return sendNotFound(res, this.organisation);
    sendCached(req, res, planPage(site, plan, openDataUrls(plan.slug)), {
      contentType: HTML,
      cacheControl: PAGE_CACHE,
    });
  }

  // The statements change when the settings do: revalidated each time, like the plans.
  @Get('accessibility')
  async accessibility(@Req() req: Request, @Res() res: Response) {
    const settings = await this.organisation.current();
    sendCached(req, res, accessibilityPage(siteIdentity(settings), settings), {
      contentType: HTML,
      cacheControl: PAGE_CACHE,
    });
  }

  @Get('privacy')
  async privacy(@Req() req: Request, @Res() res: Response) {
    const settings = await this.organisation.current();
    sendCached(req, res, privacyPage(siteIdentity(settings), settings, retentionPeriods(this.config)), {
      contentType: HTML,
      cacheControl: PAGE_CACHE,
    });
  }

  @Get('assets/:file')
  asset(@Param('file') file: string, @Req() req: Request, @Res() res: Response) {
    this.sendAsset(file, req, res);
  }

  @Get('assets/:folder/:file')
  nestedAsset(
    @Param('folder') folder: string,
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    this.sendAsset(`${folder}/${file}`, req, res);
  }

  private sendAsset(path: string, req: Request, res: Response) {
    const asset = publicAsset(path);
    if (!asset) return sendNotFound(res, this.organisation);
    // Fonts and images carry a hash in their names; stylesheets change with a release.
    const immutable = /-[0-9a-f]{10}-v\d+\.woff2?$/.test(path);
    sendCached(req, res, asset.body, {
      contentType: asset.contentType,
      cacheControl: immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=86400',
    });
  }

  // Anything else under /public/ is a page that does not exist.
  @Get('*path')
  notFound(@Res() res: Response) {
    return sendNotFound(res, this.organisation);
  }
}
