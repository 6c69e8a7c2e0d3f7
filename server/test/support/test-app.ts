import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../src/bootstrap.js';
import { loadConfig, type AppConfig } from '../../src/common/config.js';
import { PrismaService } from '../../src/common/prisma/prisma.service.js';

export interface TestApp {
  app: INestApplication;
  prisma: PrismaService;
  config: AppConfig;
  /** A new browser-like client: keeps its own cookies. */
  agent(): ReturnType<typeof request.agent>;
  close(): Promise<void>;
}

/**
 * A throwaway database for one test file: in-memory PGlite by default, or a fresh database
 * on the PostgreSQL server named by DATABASE_URL (dropped afterwards).
 */
async function throwawayDatabase(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { env: { DATA_DIR: 'memory://' }, drop: async () => undefined };
  const name = `pt_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await throwawayDatabase();
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const config = loadConfig({
    ...rest,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_ON_START: 'false',
    ...db.env,
    ...env,
  });
  const app = await createApp(config);
  await app.init();
  const prisma = app.get(PrismaService);
  return {
    app,
    prisma,
    config,
    agent: () => request.agent(app.getHttpServer()),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
