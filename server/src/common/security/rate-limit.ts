import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/context.js';
import { AppError, ErrorCode } from '../graphql/errors.js';

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

const MAX_KEYS = 50_000;

const accountKey = (rule: RateLimitRule, account: string) =>
  `${rule.name}:account:${account.trim().toLowerCase().slice(0, 300)}`;

/**
 * Sliding-window counters in this process's memory. Enough for one instance; several
 * instances each count their own share (see docs/security.md).
 */
@Injectable()
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  /**
   * Forgets an account's attempts under a rule: after a successful sign-in, only failures since
   * then count towards the per-account limit (the per-address limit still counts every attempt).
   */
  forgetAccount(rule: RateLimitRule, account: string): void {
    this.hits.delete(accountKey(rule, account));
  }

  /** Counts one attempt against each key; refuses if any key is already at its limit. */
  take(keys: { key: string; limit: number }[], windowMs: number, now = Date.now()): boolean {
    const recent = keys.map(({ key, limit }) => {
      const times = (this.hits.get(key) ?? []).filter((t) => now - t < windowMs);
      return { key, limit, times };
    });
    const allowed = recent.every(({ limit, times }) => times.length < limit);
    for (const { key, times } of recent) {
      if (allowed) times.push(now);
      this.hits.delete(key); // re-insert: the map stays in least-recently-used order
      if (times.length) this.hits.set(key, times);
    }
    while (this.hits.size > MAX_KEYS) this.hits.delete(this.hits.keys().next().value!);
    return allowed;
  }
}

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  canActivate(context: ExecutionContext): boolean {
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
    if (!this.limiter.take(keys, rule.windowMs)) {
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
