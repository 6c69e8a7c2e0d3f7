// jsdom lacks these browser features that the app or its libraries touch.
import { TextDecoder, TextEncoder } from 'node:util';

globalThis.TextEncoder ??= TextEncoder;
globalThis.TextDecoder ??= TextDecoder;
globalThis.Element.prototype.scrollIntoView ??= () => {};
globalThis.scrollTo = () => {};
