import { Controller, Get, Param, Req, Res } from '@nestjs/common';
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

export function sendNotFound(res: Response) {
  res.status(404).setHeader('Content-Type', HTML).setHeader('Cache-Control', 'no-store').send(notFoundPage());
}

/**
 * The public progress pages, rendered on the server so they work without JavaScript. Public on
 * purpose: they show only what PublicDataService chooses to publish. (GqlAuthGuard applies to
 * GraphQL only.)
 */
@Controller('public')
export class PublicSiteController {
  constructor(private readonly data: PublicDataService) {}

  @Get()
  async plans(@Req() req: Request, @Res() res: Response) {
    sendCached(req, res, plansPage(await this.data.plans()), { contentType: HTML, cacheControl: PAGE_CACHE });
  }

  @Get('plans/:slug')
  async plan(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response) {
    const plan = await this.data.plan(slug);
    if (!plan) return sendNotFound(res);
    sendCached(req, res, planPage(plan, openDataUrls(plan.slug)), {
      contentType: HTML,
      cacheControl: PAGE_CACHE,
    });
  }

  @Get('accessibility')
  accessibility(@Req() req: Request, @Res() res: Response) {
    sendCached(req, res, accessibilityPage(), { contentType: HTML, cacheControl: 'public, max-age=3600' });
  }

  @Get('privacy')
  privacy(@Req() req: Request, @Res() res: Response) {
    sendCached(req, res, privacyPage(), { contentType: HTML, cacheControl: 'public, max-age=3600' });
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
    if (!asset) return sendNotFound(res);
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
    sendNotFound(res);
  }
}
