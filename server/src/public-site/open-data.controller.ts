import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { sendCached } from './http-cache.js';
import { indicatorCsv, LICENSE_LINK, planCsv, planJson } from './open-data.js';
import { openDataUrls, sendNotFound } from './public-site.controller.js';
import { PublicDataService } from './public-data.service.js';
import { isUuid } from '../common/uuid.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { publicAlignment } from '../alignment/public-alignment.js';

// Anyone may cache open data for five minutes; after that the ETag makes a check cheap.
const OPEN_DATA_CACHE = 'public, max-age=300';

/** Open data files with stable addresses. Public on purpose, like the progress pages. */
@Controller('open-data')
export class OpenDataController {
  constructor(
    private readonly data: PublicDataService,
    private readonly organisation: OrganisationService,
    private readonly prisma: PrismaService,
  ) {}

  @Get('plans/:file')
  async plan(@Param('file') file: string, @Req() req: Request, @Res() res: Response) {
    const match = /^(.+)\.(json|csv)$/.exec(file);
    const plan = match && (await this.data.plan(match[1]));
    if (!match || !plan) return sendNotFound(res, this.organisation);
    const urls = openDataUrls(plan.slug);
    const alignment = await publicAlignment(this.prisma, plan.slug);
    if (match[2] === 'json') {
      const body = JSON.stringify(
        planJson(plan, { self: urls.json, csv: urls.csv, page: `/public/plans/${plan.slug}` }, alignment),
        null,
        2,
      );
      return sendCached(req, res, body, {
        contentType: 'application/json; charset=utf-8',
        cacheControl: OPEN_DATA_CACHE,
        extra: { 'Access-Control-Allow-Origin': '*', Link: LICENSE_LINK },
      });
    }
    sendCached(req, res, planCsv(plan, alignment), {
      contentType: 'text/csv; charset=utf-8; header=present',
      cacheControl: OPEN_DATA_CACHE,
      extra: {
        'Access-Control-Allow-Origin': '*',
        Link: LICENSE_LINK,
        'Content-Disposition': `inline; filename="${plan.slug}-actions.csv"`,
      },
    });
  }

  @Get('indicators/:file')
  async indicator(@Param('file') file: string, @Req() req: Request, @Res() res: Response) {
    const match = /^(.+)\.csv$/.exec(file);
    const series = match && isUuid(match[1]) ? await this.data.indicatorSeries(match[1]) : null;
    if (!series) return sendNotFound(res, this.organisation);
    sendCached(req, res, indicatorCsv(series.indicator, series.measurements), {
      contentType: 'text/csv; charset=utf-8; header=present',
      cacheControl: OPEN_DATA_CACHE,
      extra: {
        'Access-Control-Allow-Origin': '*',
        Link: LICENSE_LINK,
        'Content-Disposition': `inline; filename="indicator-${series.indicator.id}.csv"`,
      },
    });
  }

  @Get('*path')
  notFound(@Res() res: Response) {
    return sendNotFound(res, this.organisation);
  }
}
