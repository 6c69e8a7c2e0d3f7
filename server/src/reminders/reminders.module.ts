import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { ReminderScheduler } from './reminder.scheduler.js';
import { RemindersService } from './reminders.service.js';

@Module({
  imports: [MailModule],
  providers: [RemindersService, ReminderScheduler],
  exports: [RemindersService, ReminderScheduler],
})
export class RemindersModule {}
