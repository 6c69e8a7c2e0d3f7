import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/context.js';
import { AppError, ErrorCode } from '../graphql/errors.js';
import { PrismaService } from '../prisma/prisma.service.js';
import { Clock } from '../clock.js';

export interface RateLimitRule {
  /** Bucket name, e.g. 'sign-in'. */
  name: string;
  windowMs: number;
  /** Attempts allowed from one client address in the window. */
  perIp: number;
  /** Attempts allowed for one account (email, link) in the window, whatever the address. */
  perAccount?: number;
  /** Which argument names the account: the raw GraphQL args, before validation. */
  account?: (args: Record<string, any>) => unknown;
}

const RATE_LIMIT = 'rateLimit';

/** Limits how often a resolver may be called, per client address and per account. */
export const RateLimit = (rule: RateLimitRule) => SetMetadata(RATE_LIMIT, rule);

const accountKey = (rule: RateLimitRule, account: string) =>
  `${rule.name}:account:${account.trim().toLowerCase().slice(0, 300)}`;

/** Hits older than this are deleted: longer than any rule's window. */
const KEEP_HITS_MS = 24 * 60 * 60_000;
const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * Sliding-window counters in the database (RateLimitHit), so every instance of the app counts
 * the same attempts. Each check runs in one transaction that first takes a transaction-level
 * advisory lock per key: two instances checking the same account at once queue, so the limit
 * holds exactly. Old hits are pruned now and then by whichever instance checks.
 */
@Injectable()
export class RateLimiter {
  private lastPrune = 0;

  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
  ) {}

  /**
   * Forgets an account's attempts under a rule: after a successful sign-in, only failures since
   * then count towards the per-account limit (the per-address limit still counts every attempt).
   */
  async forgetAccount(rule: RateLimitRule, account: string): Promise<void> {
    await this.prisma.sql.query('DELETE FROM "RateLimitHit" WHERE key = $1', [accountKey(rule, account)]);
  }

  /** Counts one attempt against each key; refuses if any key is already at its limit. */
  async take(
    keys: { key: string; limit: number }[],
    windowMs: number,
    now = this.clock.now(),
  ): Promise<boolean> {
    const names = [...new Set(keys.map((k) => k.key))].sort();
    const since = new Date(now.getTime() - windowMs);
    const allowed = await this.prisma.sql.transaction(async (tx) => {
      // Sorted, so two checks of overlapping keys always lock in the same order.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) AS k ORDER BY k', [
        names,
      ]);
      const rows = await tx.query<{ key: string; n: number }>(
        'SELECT key, count(*)::int AS n FROM "RateLimitHit" WHERE key = ANY($1::text[]) AND at > $2 GROUP BY key',
        [names, since],
      );
      const counts = new Map(rows.map((r) => [r.key, r.n]));
      const ok = keys.every(({ key, limit }) => (counts.get(key) ?? 0) < limit);
      if (ok) {
        await tx.query('INSERT INTO "RateLimitHit" (key, at) SELECT unnest($1::text[]), $2', [names, now]);
      }
      return ok;
    });
    if (now.getTime() - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = now.getTime();
      await this.prisma.sql.query('DELETE FROM "RateLimitHit" WHERE at < $1', [
        new Date(now.getTime() - KEEP_HITS_MS),
      ]);
    }
    return allowed;
  }
}

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const rule = this.reflector.get<RateLimitRule | undefined>(RATE_LIMIT, context.getHandler());
    if (!rule) return true;
    const gql = GqlExecutionContext.create(context);
    const ip = gql.getContext<GqlContext>().req.ip ?? 'unknown';
    const keys = [{ key: `${rule.name}:ip:${ip}`, limit: rule.perIp }];
    const account = rule.account?.(gql.getArgs());
    if (rule.perAccount && typeof account === 'string' && account.length > 0) {
      keys.push({ key: accountKey(rule, account), limit: rule.perAccount });
    }
    if (!(await this.limiter.take(keys, rule.windowMs))) {
      throw new AppError(ErrorCode.TOO_MANY_REQUESTS, 'Too many attempts. Wait 15 minutes, then try again.', {
        retryAfterSeconds: Math.ceil(rule.windowMs / 1000),
      });
    }
    return true;
  }
}

const FIFTEEN_MINUTES = 15 * 60_000;

export const SIGN_IN_LIMIT: RateLimitRule = {
  name: 'sign-in',
  windowMs: FIFTEEN_MINUTES,
  perIp: 100,
  perAccount: 10,
  account: (args) => args.input?.email,
};

export const PASSWORD_RESET_LIMIT: RateLimitRule = {
  name: 'password-reset',
  windowMs: FIFTEEN_MINUTES,
  perIp: 30,
  perAccount: 5,
  account: (args) => args.input?.email ?? args.input?.token,
};

export const UPDATE_LINK_LIMIT: RateLimitRule = {
  name: 'update-link',
  windowMs: FIFTEEN_MINUTES,
  perIp: 60,
  perAccount: 30,
  account: (args) => args.input?.token,
};
