import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

@Module({ imports: [MailModule], providers: [UsersService, UsersResolver] })
export class UsersModule {}
