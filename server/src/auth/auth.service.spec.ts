import argon2 from 'argon2';
import { DECOY_HASH, hashPassword } from './auth.service.js';

/** `$argon2id$v=19$m=65536,p=4,t=3$`: the algorithm, its version and its costs. */
const parametersOf = (hash: string) => hash.split('$').slice(1, 4).join('$');

describe('the decoy hash for unknown emails', () => {
  it('costs what a real password hash costs, so a wrong email takes as long as a wrong password', async () => {
    expect(parametersOf(DECOY_HASH)).toBe(parametersOf(await hashPassword('any password')));
  });

  it('matches no password', async () => {
    for (const password of ['', 'rural-crime-2024', 'password', DECOY_HASH]) {
      expect(await argon2.verify(DECOY_HASH, password)).toBe(false);
    }
  });
});
