import { Module } from '@nestjs/common';
import { OpenDataController } from './open-data.controller.js';
import { PublicDataService } from './public-data.service.js';
import { PublicSiteController } from './public-site.controller.js';

/** The server-rendered public progress pages and the open data files. */
@Module({
  controllers: [PublicSiteController, OpenDataController],
  providers: [PublicDataService],
})
export class PublicSiteModule {}
