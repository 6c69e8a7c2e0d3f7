import { Controller, Get, HttpCode, HttpException, HttpStatus } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service.js';

/** Probes for a load balancer or orchestrator. Public on purpose: they reveal nothing. */
@Controller('health')
export class HealthController {
  constructor(private readonly prisma: PrismaService) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready() {
    try {
      await this.prisma.sql.query('SELECT 1');
      return { status: 'ok', database: this.prisma.kind };
    } catch {
      throw new HttpException(
        { status: 'unavailable', database: this.prisma.kind },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
  }
}
