import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { storableText } from '@partnership-tracker/domain';
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
  /**
   * Attempts allowed for one account from one address in the window. With it, `perAccount` does
   * not apply to an address the account has signed in from before (`rememberAddress`), so a storm
   * of guesses from elsewhere cannot lock the owner out.
   */
  perAccountAndIp?: number;
  /** Growing delays for one account from one address: after `after` attempts, wait baseMs, 2×, 4×… */
  backoff?: { after: number; baseMs: number; maxMs: number };
  /** Which argument names the account: the raw GraphQL args, before validation. */
  account?: (args: Record<string, any>) => unknown;
}

const RATE_LIMIT = 'rateLimit';

/** Limits how often a resolver may be called, per client address and per account. */
export const RateLimit = (rule: RateLimitRule) => SetMetadata(RATE_LIMIT, rule);

// The account as the caller typed it, before any validation: what cannot be stored is written out.
const accountName = (account: string) => storableText(account.trim().toLowerCase(), 300);
const accountKey = (rule: RateLimitRule, account: string) => `${rule.name}:account:${accountName(account)}`;
const pairKey = (rule: RateLimitRule, account: string, ip: string) =>
  `${rule.name}:account-ip:${accountName(account)}:${ip}`;
const knownKey = (rule: RateLimitRule, account: string, ip: string) =>
  `${rule.name}:known:${accountName(account)}:${ip}`;

/**
 * How long the limiter keeps what it counts, in days: attempts for a day (longer than any rule's
 * window), and an address an account signed in from for 30 (while it counts as the owner's).
 * Its own pruning and the retention job (retention-periods.ts) both delete by these.
 */
export const RATE_LIMIT_KEEP_DAYS = { attempts: 1, knownAddresses: 30 } as const;
/** The keys of known addresses, as a LIKE pattern: every other key is an attempt. */
export const KNOWN_ADDRESS_KEYS = '%:known:%';

const DAY_MS = 24 * 60 * 60_000;
const KNOWN_ADDRESS_MS = RATE_LIMIT_KEEP_DAYS.knownAddresses * DAY_MS;
const KEEP_HITS_MS = RATE_LIMIT_KEEP_DAYS.attempts * DAY_MS;
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
   * Forgets an account's failed attempts from an address after a successful sign-in from it:
   * only failures since then count (the per-address limit still counts every attempt).
   */
  async forgetAccount(rule: RateLimitRule, account: string, ip: string): Promise<void> {
    // With a per-address limit, only this address's failures: a storm from elsewhere keeps
    // counting whenever the owner signs in, and never held the owner back anyway.
    const key = rule.perAccountAndIp ? pairKey(rule, account, ip) : accountKey(rule, account);
    await this.prisma.sql.query('DELETE FROM "RateLimitHit" WHERE key = $1', [key]);
  }

  /** Remembers that the account signed in from this address: the owner's, from now on. */
  async rememberAddress(rule: RateLimitRule, account: string, ip: string): Promise<void> {
    const key = knownKey(rule, account, ip);
    await this.prisma.sql.query('DELETE FROM "RateLimitHit" WHERE key = $1', [key]);
    await this.prisma.sql.query('INSERT INTO "RateLimitHit" (key, at) VALUES ($1, $2)', [
      key,
      this.clock.now(),
    ]);
  }

  /** Whether the account has signed in from this address in the last 30 days. */
  async isKnownAddress(rule: RateLimitRule, account: string, ip: string): Promise<boolean> {
    const since = new Date(this.clock.now().getTime() - KNOWN_ADDRESS_MS);
    const rows = await this.prisma.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM "RateLimitHit" WHERE key = $1 AND at > $2',
      [knownKey(rule, account, ip), since],
    );
    return (rows[0]?.n ?? 0) > 0;
  }

  /**
   * Counts one attempt against each key; refuses if any key is already at its limit, or is
   * still waiting out its backoff (then says how long, in ms).
   */
  async take(
    keys: { key: string; limit: number; backoff?: RateLimitRule['backoff'] }[],
    windowMs: number,
    now = this.clock.now(),
  ): Promise<{ allowed: boolean; waitMs: number }> {
    const names = [...new Set(keys.map((k) => k.key))].sort();
    const since = new Date(now.getTime() - windowMs);
    const allowed = await this.prisma.sql.transaction(async (tx) => {
      // Sorted, so two checks of overlapping keys always lock in the same order.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) AS k ORDER BY k', [
        names,
      ]);
      const rows = await tx.query<{ key: string; n: number; last: Date }>(
        'SELECT key, count(*)::int AS n, max(at) AS last FROM "RateLimitHit" WHERE key = ANY($1::text[]) AND at > $2 GROUP BY key',
        [names, since],
      );
      const seen = new Map(rows.map((r) => [r.key, r]));
      let waitMs = 0;
      for (const { key, limit, backoff } of keys) {
        const hits = seen.get(key);
        const n = hits?.n ?? 0;
        if (n >= limit) waitMs = Math.max(waitMs, windowMs);
        else if (hits && backoff && n >= backoff.after) {
          const delay = Math.min(backoff.maxMs, backoff.baseMs * 2 ** (n - backoff.after));
          waitMs = Math.max(waitMs, new Date(hits.last).getTime() + delay - now.getTime());
        }
      }
      const ok = waitMs <= 0;
      if (ok) {
        await tx.query('INSERT INTO "RateLimitHit" (key, at) SELECT unnest($1::text[]), $2', [names, now]);
      }
      return { allowed: ok, waitMs: Math.max(0, waitMs) };
    });
    if (now.getTime() - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = now.getTime();
      // Attempts after a day; an account's known addresses after 30 days.
      await this.prisma.sql.query(
        `DELETE FROM "RateLimitHit" WHERE at < $1 AND (key NOT LIKE $3 OR at < $2)`,
        [
          new Date(now.getTime() - KEEP_HITS_MS),
          new Date(now.getTime() - KNOWN_ADDRESS_MS),
          KNOWN_ADDRESS_KEYS,
        ],
      );
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
    const keys: Parameters<RateLimiter['take']>[0] = [{ key: `${rule.name}:ip:${ip}`, limit: rule.perIp }];
    const account = rule.account?.(gql.getArgs());
    if (typeof account === 'string' && account.length > 0) {
      if (rule.perAccountAndIp) {
        keys.push({ key: pairKey(rule, account, ip), limit: rule.perAccountAndIp, backoff: rule.backoff });
      }
      // The owner's own address is not held to the account's overall limit.
      const owners = rule.perAccountAndIp && (await this.limiter.isKnownAddress(rule, account, ip));
      if (rule.perAccount && !owners) keys.push({ key: accountKey(rule, account), limit: rule.perAccount });
    }
    const { allowed, waitMs } = await this.limiter.take(keys, rule.windowMs);
    if (!allowed) {
      const seconds = Math.ceil(waitMs / 1000);
      const wait = seconds >= 120 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
      throw new AppError(ErrorCode.TOO_MANY_REQUESTS, `Too many attempts. Wait ${wait}, then try again.`, {
        retryAfterSeconds: seconds,
      });
    }
    return true;
  }
}

const FIFTEEN_MINUTES = 15 * 60_000;

/**
 * Sign-in (docs/security.md, "Throttling"): 100 attempts an address; 10 for one account from one
 * address, with delays that double after the fifth (1 s, 2 s, 4 s… up to a minute); 50 for one
 * account from all addresses together, except from an address the account has signed in from,
 * so that guesses from elsewhere cannot lock its owner out.
 */
export const SIGN_IN_LIMIT: RateLimitRule = {
  name: 'sign-in',
  windowMs: FIFTEEN_MINUTES,
  perIp: 100,
  perAccountAndIp: 10,
  backoff: { after: 5, baseMs: 1000, maxMs: 60_000 },
  perAccount: 50,
  account: (args) => args.input?.email,
};

export const PASSWORD_RESET_LIMIT: RateLimitRule = {
  name: 'password-reset',
  windowMs: FIFTEEN_MINUTES,
  perIp: 30,
  perAccount: 5,
  account: (args) => args.input?.email ?? args.input?.token,
};

/** The first-run setup link: a guess at its token is as hopeless as at any other link's. */
export const SETUP_LIMIT: RateLimitRule = {
  name: 'setup',
  windowMs: FIFTEEN_MINUTES,
  perIp: 30,
  perAccount: 10,
  account: (args) => args.input?.token,
};

export const UPDATE_LINK_LIMIT: RateLimitRule = {
  name: 'update-link',
  windowMs: FIFTEEN_MINUTES,
  perIp: 60,
  perAccount: 30,
  account: (args) => args.input?.token,
};

/**
 * Starting a single sign-on: each start writes an attempt, so one address may start 60 in a
 * quarter of an hour, far more than anyone signing in needs.
 */
export const SSO_START_LIMIT: RateLimitRule = {
  name: 'sso-start',
  windowMs: FIFTEEN_MINUTES,
  perIp: 60,
};
