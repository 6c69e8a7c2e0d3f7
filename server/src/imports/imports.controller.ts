import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { isUUID } from 'class-validator';
import { badInput } from '../common/graphql/errors.js';
import { FilesAdminGuard, type RequestWithViewer } from './files-admin.guard.js';
import { FilesErrorFilter } from './files-error.filter.js';
import {
  ImportsService,
  MAX_IMPORT_BYTES,
  XLSX_TYPE,
  type UploadedFile as Upload,
} from './imports.service.js';
import { csvTemplate, xlsxTemplate } from './plan-template.js';
import { planExportCsv, planExportXlsx } from './plan-export.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { notFound } from '../common/graphql/errors.js';

/** Plan spreadsheets: the templates to download, and the upload that starts an import. Admins only. */
@Controller('files')
@UseGuards(FilesAdminGuard)
@UseFilters(new FilesErrorFilter('5 MB'))
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly prisma: PrismaService,
  ) {}

  /** The plan in the import's columns, to edit and import again: `plans/<id>/export.xlsx` or `.csv`. */
  @Get('plans/:planId/export.:format')
  async export(@Param('planId') planId: string, @Param('format') format: string, @Res() res: Response) {
    const plan = isUUID(planId) ? await this.prisma.plan.findUnique({ where: { id: planId } }) : null;
    if (!plan || (format !== 'xlsx' && format !== 'csv')) throw notFound('The plan');
    res.setHeader('Cache-Control', 'no-store');
    if (format === 'csv') {
      res
        .type('text/csv; charset=utf-8')
        .attachment(`${plan.slug}.csv`)
        .send(await planExportCsv(this.prisma, plan.id));
    } else {
      res
        .type(XLSX_TYPE)
        .attachment(`${plan.slug}.xlsx`)
        .send(await planExportXlsx(this.prisma, plan.id));
    }
  }

  @Get('import-template.xlsx')
  async xlsx(@Res() res: Response) {
    res
      .type(XLSX_TYPE)
      .attachment('plan-import-template.xlsx')
      .setHeader('Cache-Control', 'no-store')
      .send(await xlsxTemplate());
  }

  @Get('import-template.csv')
  csv(@Res() res: Response) {
    res
      .type('text/csv; charset=utf-8')
      .attachment('plan-import-template.csv')
      .setHeader('Cache-Control', 'no-store')
      .send(csvTemplate());
  }

  /** multipart/form-data with one field, `file`. Answers 202 with the ImportRun's id; poll importRun. */
  @Post('imports')
  @HttpCode(202)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5 } }))
  async upload(
    @Req() req: RequestWithViewer,
    @Query('planId') planId: string | undefined,
    @UploadedFile() file: Upload | undefined,
  ) {
    if (!planId || !isUUID(planId))
      throw badInput([{ field: 'planId', message: 'Choose a plan' }], 'Choose a plan');
    const run = await this.imports.upload(req.viewer!, planId, file);
    return { id: run.id, status: run.status };
  }
}
