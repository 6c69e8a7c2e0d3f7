import { trustProxy } from './bootstrap.js';

describe('TRUST_PROXY', () => {
  it('trusts no proxy by default, so X-Forwarded-For cannot fake a client address', () => {
    expect(trustProxy('false')).toBe(false);
    expect(trustProxy('')).toBe(false);
  });

  it('takes a hop count or addresses', () => {
    expect(trustProxy('1')).toBe(1);
    expect(trustProxy('loopback')).toBe('loopback');
    expect(trustProxy('10.0.0.0/8, 127.0.0.1')).toBe('10.0.0.0/8, 127.0.0.1');
    expect(trustProxy('true')).toBe(true);
  });
});
