import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Put,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { LOGO } from '@partnership-tracker/domain';
import { badInput } from '../common/graphql/errors.js';
import { AdminFiles, FilesAdminGuard, type RequestWithViewer } from '../imports/files-admin.guard.js';
import { FilesErrorFilter } from '../imports/files-error.filter.js';
import { logoUrl, OrganisationService } from './organisation.service.js';

const LOGO_PURPOSE = {
  operation: 'updateOrganisationSettings',
  signIn: 'Sign in to change the logo',
} as const;

/** The organisation's logo: admins upload or remove it here (multipart, one field `file`). */
@Controller('files/organisation-logo')
@UseGuards(FilesAdminGuard)
@AdminFiles(LOGO_PURPOSE)
@UseFilters(new FilesErrorFilter('1 MB'))
export class OrganisationLogoController {
  constructor(private readonly organisation: OrganisationService) {}

  @Put()
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: LOGO.maxBytes, files: 1, fields: 2 } }))
  async upload(@Req() req: RequestWithViewer, @UploadedFile() file: { buffer: Buffer } | undefined) {
    if (!file) throw badInput([{ field: 'file', message: 'Choose a logo file' }], 'Choose a logo file');
    const s = await this.organisation.setLogo(req.viewer!, new Uint8Array(file.buffer));
    return { logoUrl: logoUrl(s), version: s.version };
  }

  @Delete()
  @HttpCode(200)
  async remove(@Req() req: RequestWithViewer) {
    const s = await this.organisation.setLogo(req.viewer!, null);
    return { logoUrl: logoUrl(s), version: s.version };
  }
}

/** The logo, for everyone: the header, the public pages and emails link to it. */
@Controller('public/logo')
export class PublicLogoController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  async logo(@Res() res: Response) {
    const logo = await this.organisation.logo();
    if (!logo) {
      res.status(404).type('text/plain').send('This service has no logo');
      return;
    }
    // The address carries the logo's tag (?v=), so a changed logo is a new address.
    res
      .type(logo.contentType)
      .set('Cache-Control', 'public, max-age=86400')
      .set('X-Content-Type-Options', 'nosniff')
      .send(Buffer.from(logo.bytes));
  }
}
