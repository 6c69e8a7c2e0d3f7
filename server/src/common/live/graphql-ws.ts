import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import cookieParser from 'cookie-parser';
import type { Request, Response } from 'express';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ValidationRule,
} from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import { formatError } from '../graphql/errors.js';
import { isBrowserRequest, untrustedDocument, type TrustedDocuments } from '../graphql/trusted-documents.js';

/** What graphql-ws passes to the context function for each subscription. */
export type SocketContext = Context<Record<string, unknown> | undefined, Extra>;

/** Enough for every open page of a user; more is a runaway client. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 20;

export function isSocketContext(value: unknown): value is SocketContext {
  return typeof value === 'object' && value !== null && 'extra' in value && 'connectionInitReceived' in value;
}

const parseCookies = cookieParser();

/**
 * The websocket's upgrade request, with its cookies read by the same cookie-parser as HTTP
 * requests, so AuthService.viewerFromRequest finds the session cookie where it always does.
 * It is a plain Node request: Express's extras (req.ip, req.get ...) are not there.
 */
export function upgradeRequest(ctx: SocketContext): Request {
  const req = ctx.extra.request as Request;
  if (!req.cookies) parseCookies(req, {} as Response, () => undefined);
  return req;
}

const refusal = (message: string, code: string) => new GraphQLError(message, { extensions: { code } });

/**
 * graphql-ws options for the /graphql websocket. It serves subscriptions only: queries and
 * mutations keep to HTTP, where CSRF prevention, cookies and the audit plugin apply. Documents
 * get the same abuse limits (graphql-armor's rules, token count) as over HTTP, and errors the
 * same formatError, so codes and masking match.
 */
export function graphqlWsOptions(options: {
  validationRules: readonly ValidationRule[];
  maxTokens: number;
  /** With BROWSER_DOCUMENTS=trusted, a browser may subscribe only with the client's own documents. */
  trusted?: { documents: TrustedDocuments; forBrowsers: boolean };
}): GraphQLWsSubscriptionsConfig {
  const rules = [...specifiedRules, ...options.validationRules];
  const ws: Partial<ServerOptions<Record<string, unknown> | undefined, Extra>> = {
    connectionInitWaitTimeout: 5_000,
    onSubscribe: (ctx, _id, payload) => {
      if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET) {
        return [
          refusal(`At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per connection`, 'BAD_USER_INPUT'),
        ];
      }
      const { trusted } = options;
      if (
        trusted?.forBrowsers &&
        isBrowserRequest(ctx.extra.request.headers) &&
        !trusted.documents.isTrusted(payload.query)
      ) {
        return [untrustedDocument()];
      }
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: options.maxTokens });
      } catch (error) {
        return [refusal(error instanceof Error ? error.message : 'Syntax error', 'GRAPHQL_PARSE_FAILED')];
      }
      const operation = getOperationAST(document, payload.operationName);
      if (operation && operation.operation !== 'subscription') {
        return [
          refusal(
            'Only subscriptions are served over the websocket: send queries and mutations by HTTP POST to /graphql',
            'BAD_USER_INPUT',
          ),
        ];
      }
      // Carry on: graphql-ws parses, validates (with `validate` below) and runs it.
      return undefined;
    },
    validate: (schema, document) => validate(schema, document, rules),
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : undefined,
    // Refused before running: parse and validation errors, and the refusals above.
    onError: (_ctx, _id, _payload, errors) =>
      errors.map((e) =>
        formatError({ ...e.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...e.extensions } }, e),
      ),
  };
  // Nest's type names only some of graphql-ws's options, but it passes all of them to useServer.
  return ws as GraphQLWsSubscriptionsConfig;
}
