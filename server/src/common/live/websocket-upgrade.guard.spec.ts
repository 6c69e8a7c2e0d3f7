import { isAllowedOrigin, websocketOrigin } from './websocket-upgrade.guard.js';

const PUBLIC = 'https://tracker.example.org';

describe('which websocket origins are allowed', () => {
  it('allows the app’s own origin and clients that send none', () => {
    expect(isAllowedOrigin({ origin: 'https://tracker.example.org', host: 'internal:3000' }, PUBLIC)).toBe(
      true,
    );
    expect(isAllowedOrigin({ host: 'tracker.example.org' }, PUBLIC)).toBe(true);
  });

  it('allows a page served by the host the request went to, as through the dev proxy', () => {
    expect(isAllowedOrigin({ origin: 'http://localhost:5173', host: 'localhost:5173' }, PUBLIC)).toBe(true);
  });

  it('refuses other sites, lookalikes and opaque origins', () => {
    const host = 'tracker.example.org';
    expect(isAllowedOrigin({ origin: 'https://evil.example', host }, PUBLIC)).toBe(false);
    expect(isAllowedOrigin({ origin: 'https://tracker.example.org.evil.example', host }, PUBLIC)).toBe(false);
    expect(isAllowedOrigin({ origin: 'http://tracker.example.org:8080', host }, PUBLIC)).toBe(false);
    expect(isAllowedOrigin({ origin: 'null', host }, PUBLIC)).toBe(false);
  });
});

describe('the websocket origin in the content security policy', () => {
  it('is the public address with ws: or wss: for its scheme', () => {
    expect(websocketOrigin('https://tracker.example.org')).toBe('wss://tracker.example.org');
    expect(websocketOrigin('http://localhost:3000')).toBe('ws://localhost:3000');
    expect(websocketOrigin('https://example.org:8443/tracker')).toBe('wss://example.org:8443');
  });
});
