import { Module } from '@nestjs/common';
import { PrioritiesResolver } from './priorities.resolver.js';
import { PrioritiesService } from './priorities.service.js';

@Module({ providers: [PrioritiesService, PrioritiesResolver] })
export class PrioritiesModule {}
