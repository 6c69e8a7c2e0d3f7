import { Module } from '@nestjs/common';
import { PartnersResolver } from './partners.resolver.js';
import { PartnersService } from './partners.service.js';

@Module({ providers: [PartnersService, PartnersResolver] })
export class PartnersModule {}
