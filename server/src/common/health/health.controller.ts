import { Controller, Get, HttpCode, HttpException, HttpStatus } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service.js';
import { Shutdown } from '../shutdown.js';

/** Probes for a load balancer or orchestrator. Public on purpose: they reveal nothing. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly shutdown: Shutdown,
  ) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready() {
    // Shutting down: not ready, so a load balancer stops sending before the server stops.
    if (this.shutdown.draining) {
      throw new HttpException(
        { status: 'draining', database: this.prisma.kind },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
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
