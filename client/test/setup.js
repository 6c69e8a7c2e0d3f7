// jsdom lacks these browser features that the app or its libraries touch.
import { TextDecoder, TextEncoder } from 'node:util';

globalThis.TextEncoder ??= TextEncoder;
globalThis.TextDecoder ??= TextDecoder;
globalThis.Element.prototype.scrollIntoView ??= () => {};
globalThis.scrollTo = () => {};

// The client's clock (src/utils/clock.ts) runs from the tests' fixed date: see client/jest.config.js.
const { startClockAt } = await import('@/utils/clock');
const { TEST_CLOCK_START_AT } = await import('../../scripts/test-clock.mjs');
startClockAt(TEST_CLOCK_START_AT);
