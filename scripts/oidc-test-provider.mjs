#!/usr/bin/env node
// A real OpenID Connect provider for the tests and for trying single sign-on on a laptop: the
// certified `oidc-provider` package, with a sign-in page where you type any email address.
//
//   node scripts/oidc-test-provider.mjs --port 9400 --redirect http://localhost:3000
//
// prints the OIDC_PROVIDERS value to start the app with. `--clock-offset -7200` runs the provider
// two hours behind, so every ID token it issues has already expired: how the tests get one.
// Not for production: it trusts whoever types an address.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

export const TEST_CLIENT = {
  clientId: 'partnership-tracker',
  clientSecret: 'test-secret-not-for-production',
};

const page = (title, body) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font-family:Arial,sans-serif;max-width:30rem;margin:2rem auto;padding:0 1rem}label,input,button{display:block;margin:.5rem 0;font-size:1.1rem}input[type=text],input[type=email]{width:100%;padding:.4rem}button{padding:.5rem 1rem}</style>
</head><body>${body}</body></html>`;

const escape = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

async function readForm(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) throw new Error('form too large');
  }
  return Object.fromEntries(new URLSearchParams(body));
}

/**
 * Starts a provider on 127.0.0.1. `redirectBases` are the app addresses it serves, such as
 * http://127.0.0.1:3000: each may use /auth/oidc/<providerId>/callback and /sign-in.
 */
export async function startTestProvider({
  port = 0,
  redirectBases = [],
  providerIds = ['test'],
  clockOffsetSeconds = 0,
} = {}) {
  if (clockOffsetSeconds) {
    const realNow = Date.now.bind(Date);
    Date.now = () => realNow() + clockOffsetSeconds * 1000;
  }
  const { default: Provider } = await import('oidc-provider');
  const accounts = new Map();
  const server = createServer();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const redirectUris = redirectBases.flatMap((base) =>
    providerIds.map((id) => `${base.replace(/\/+$/, '')}/auth/oidc/${id}/callback`),
  );
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.clientId,
        client_secret: TEST_CLIENT.clientSecret,
        redirect_uris: redirectUris,
        post_logout_redirect_uris: redirectBases.map((base) => `${base.replace(/\/+$/, '')}/sign-in`),
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], tid: ['tid'] },
    scopes: ['openid', 'email', 'profile', 'tid'],
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        // `form` is the provider's own form (id op.logoutForm), with its hidden fields.
        logoutSource: async (ctx, form) => {
          ctx.body = page(
            'Sign out of the test provider',
            `<h1>Sign out of the test provider?</h1>${form}<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign out</button>`,
          );
        },
      },
    },
    cookies: { keys: ['test-provider-cookie-key'] },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      return account ? { accountId: sub, claims: () => ({ sub, ...account }) } : undefined;
    },
    // First-party app: no consent screen. The grant covers what was asked.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope(ctx.oidc.params.scope ?? 'openid');
      grant.addOIDCClaims(['email', 'email_verified', 'name', 'tid']);
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
  });
  provider.on('server_error', (_ctx, err) => console.error('test OIDC provider:', err));
  const callback = provider.callback();

  server.on('request', async (req, res) => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(new URL(req.url, issuer).pathname);
    if (!match) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (req.method === 'POST' && match[2]) {
        const form = await readForm(req);
        const email = String(form.email ?? '')
          .trim()
          .toLowerCase();
        const sub = createHash('sha256').update(email).digest('hex').slice(0, 24);
        accounts.set(sub, {
          email,
          email_verified: form.verified !== 'no',
          name: String(form.name ?? '').trim() || undefined,
          tid: String(form.tenant ?? '').trim() || undefined,
        });
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: sub } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(
        page(
          'Sign in to the test provider',
          `<h1>Test identity provider</h1>
<p>Any address works here: this provider is for tests and trying things out.</p>
<form method="post" action="/interaction/${escape(details.uid)}/login">
<label for="email">Email address</label><input id="email" name="email" type="email" autocomplete="email" required>
<label for="name">Full name</label><input id="name" name="name" type="text" autocomplete="name">
<label for="tenant">Tenant (optional)</label><input id="tenant" name="tenant" type="text">
<fieldset><legend>Has the provider checked this address?</legend>
<label><input type="radio" name="verified" value="yes" checked> Yes, verified</label>
<label><input type="radio" name="verified" value="no"> No, not verified</label></fieldset>
<button type="submit">Continue</button>
</form>`,
        ),
      );
    } catch (err) {
      res.statusCode = 400;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(`Sign-in could not continue: ${err.message}`);
    }
  });

  return {
    issuer,
    /** The OIDC_PROVIDERS entry for this provider, under each id. */
    providers: (names = {}) =>
      providerIds.map((id) => ({
        id,
        name: names[id] ?? 'Test provider',
        issuer,
        ...TEST_CLIENT,
        scopes: 'openid email profile tid',
      })),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '9400' },
      redirect: { type: 'string', multiple: true, default: ['http://localhost:3000'] },
      id: { type: 'string', multiple: true, default: ['test'] },
      'clock-offset': { type: 'string', default: '0' },
    },
  });
  const started = await startTestProvider({
    port: Number(values.port),
    redirectBases: values.redirect,
    providerIds: values.id,
    clockOffsetSeconds: Number(values['clock-offset']),
  });
  console.log(JSON.stringify({ issuer: started.issuer, OIDC_PROVIDERS: started.providers() }));
  const stop = () => started.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
