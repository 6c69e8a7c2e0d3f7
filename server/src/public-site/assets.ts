import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// GOV.UK Frontend's compiled CSS, fonts and images, served from node_modules under
// /public/assets/ so the server-rendered pages need nothing from the client build.

const require = createRequire(import.meta.url);
const GOVUK_DIR = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk');

export interface Asset {
  body: Buffer;
  contentType: string;
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const typeOf = (file: string) => TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';

// A few additions to GOV.UK Frontend. No colour carries meaning alone.
const SITE_CSS = `.app-action{border-top:1px solid #b1b4b6;padding-top:15px;margin-top:15px}
.app-action__ref{font-variant-numeric:tabular-nums;margin-right:10px}
.app-nowrap{white-space:nowrap}
.app-table-wrap{overflow-x:auto;margin-bottom:20px;position:relative}
.app-table-wrap:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:inset 0 0 0 4px #0b0c0c}
.app-footer-text{margin-bottom:10px}
.app-header-logo{height:32px;width:auto;margin-right:10px;vertical-align:middle;background:#fff}
`;

function load(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  // The stylesheet points at /assets/; here the assets live under /public/assets/.
  const css = readFileSync(join(GOVUK_DIR, 'govuk-frontend.min.css'), 'utf8').replaceAll(
    'url(/assets/',
    'url(/public/assets/',
  );
  assets.set('govuk-frontend.min.css', { body: Buffer.from(css), contentType: typeOf('.css') });
  assets.set('public-site.css', { body: Buffer.from(SITE_CSS), contentType: typeOf('.css') });
  for (const folder of ['fonts', 'images']) {
    for (const file of readdirSync(join(GOVUK_DIR, 'assets', folder))) {
      assets.set(`${folder}/${file}`, {
        body: readFileSync(join(GOVUK_DIR, 'assets', folder, file)),
        contentType: typeOf(file),
      });
    }
  }
  return assets;
}

let cache: Map<string, Asset> | undefined;

/** An asset by its path under /public/assets/, or undefined: only files listed at start are served. */
export function publicAsset(path: string): Asset | undefined {
  cache ??= load();
  return cache.get(path);
}
