import { Module } from '@nestjs/common';
import { MailService } from './mail.service.js';
import { MailWorker } from './mail.worker.js';

/** Email through a transactional outbox: services queue, the worker sends. */
@Module({ providers: [MailService, MailWorker], exports: [MailService, MailWorker] })
export class MailModule {}
