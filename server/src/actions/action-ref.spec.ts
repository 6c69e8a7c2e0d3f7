import { ACTION_REF_PATTERN, compareRefs } from './action-ref.js';

describe('action references', () => {
  it('sort as people read them', () => {
    expect(['1.10', '2.1', '1.2', '1.1', '10.1', '1.2.1'].sort(compareRefs)).toEqual([
      '1.1',
      '1.2',
      '1.2.1',
      '1.10',
      '2.1',
      '10.1',
    ]);
  });

  it('are dotted numbers', () => {
    expect(ACTION_REF_PATTERN.test('1.3')).toBe(true);
    expect(ACTION_REF_PATTERN.test('12')).toBe(true);
    expect(ACTION_REF_PATTERN.test('1.a')).toBe(false);
    expect(ACTION_REF_PATTERN.test('1..2')).toBe(false);
    expect(ACTION_REF_PATTERN.test('')).toBe(false);
  });
});
