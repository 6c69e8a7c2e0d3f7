import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { TestApp } from './test-app.js';

const SCRIPT = fileURLToPath(new URL('../../../scripts/oidc-test-provider.mjs', import.meta.url));

export interface RunningProvider {
  issuer: string;
  /** Its OIDC_PROVIDERS entries. */
  providers: {
    id: string;
    name: string;
    issuer: string;
    clientId: string;
    clientSecret: string;
    scopes: string;
  }[];
  stop(): Promise<void>;
}

/**
 * The real provider (scripts/oidc-test-provider.mjs, on the certified oidc-provider package) in a
 * process of its own, so that `clockOffsetSeconds` moves only its clock.
 */
export async function startProvider(options: {
  ids: string[];
  appUrl: string;
  clockOffsetSeconds?: number;
}): Promise<RunningProvider> {
  const args = [SCRIPT, '--port', '0', '--redirect', options.appUrl];
  for (const id of options.ids) args.push('--id', id);
  if (options.clockOffsetSeconds) args.push(`--clock-offset=${options.clockOffsetSeconds}`);
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.setEncoding('utf8');
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: string) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve(out.slice(0, nl));
    });
    child.once('exit', (code) => reject(new Error(`the test provider stopped (${code}) before starting`)));
  });
  const started = JSON.parse(line) as { issuer: string; OIDC_PROVIDERS: RunningProvider['providers'] };
  return {
    issuer: started.issuer,
    providers: started.OIDC_PROVIDERS,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** A browser's cookies for the provider's origin: enough for its interaction and session cookies. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  take(res: Response): void {
    for (const set of res.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(set) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

export interface Person {
  email: string;
  name?: string;
  verified?: boolean;
  tenant?: string;
}

type Agent = ReturnType<TestApp['agent']>;

/**
 * A browser going to the provider: `agent` (the app's cookies) starts the sign-in, the provider's
 * page is filled in as `person`, and the address the provider sends the browser back to is
 * returned unopened, so a test can open it, change it, or open it twice.
 */
export async function throughProvider(agent: Agent, appUrl: string, providerId: string, person: Person) {
  const started = await agent.get(`/auth/oidc/${providerId}/start`).redirects(0);
  if (started.status !== 303) throw new Error(`start answered ${started.status}`);
  let location: string = started.headers.location;
  if (location.startsWith('/')) return { refusedAt: location };
  const jar = new CookieJar();
  for (let hop = 0; hop < 10; hop++) {
    if (location.startsWith(appUrl)) return { callback: location };
    const url = new URL(location);
    const login = /^\/interaction\/([\w-]+)$/.exec(url.pathname);
    let res: Response;
    if (login) {
      // The provider's sign-in page: open it, then send its form.
      const page = await fetch(url, { headers: { cookie: jar.header() }, redirect: 'manual' });
      jar.take(page);
      await page.text();
      res = await fetch(new URL(`${url.pathname}/login`, url), {
        method: 'POST',
        headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          email: person.email,
          name: person.name ?? '',
          tenant: person.tenant ?? '',
          verified: person.verified === false ? 'no' : 'yes',
        }),
        redirect: 'manual',
      });
    } else {
      res = await fetch(url, { headers: { cookie: jar.header() }, redirect: 'manual' });
    }
    jar.take(res);
    const next = res.headers.get('location');
    if (!next) throw new Error(`the provider answered ${res.status} at ${url.pathname}: ${await res.text()}`);
    location = new URL(next, url).toString();
  }
  throw new Error('too many redirects at the provider');
}

/** Opens the provider's answer in the app, as the browser would: where does it land? */
export async function openCallback(agent: Agent, callback: string): Promise<string> {
  const url = new URL(callback);
  const res = await agent.get(`${url.pathname}${url.search}`).redirects(0);
  if (res.status !== 303) throw new Error(`the callback answered ${res.status}`);
  return res.headers.location as string;
}
