import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyTemplate, hasDatabase } from './data-dir-template.js';

describe('a new data directory from a template', () => {
  let root: string;
  let template: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'template-'));
    template = join(root, 'template');
    mkdirSync(join(template, 'base', '1'), { recursive: true });
    writeFileSync(join(template, 'PG_VERSION'), '17\n');
    writeFileSync(join(template, 'base', '1', '1259'), 'catalog');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is a copy of the template, and leaves nothing beside it', () => {
    const dataDir = join(root, 'pglite');
    expect(copyTemplate(template, dataDir)).toBe(true);
    expect(hasDatabase(dataDir)).toBe(true);
    expect(readFileSync(join(dataDir, 'base', '1', '1259'), 'utf8')).toBe('catalog');
    expect(readdirSync(root).sort()).toEqual(['pglite', 'template']);
  });

  it('may replace an empty directory', () => {
    const dataDir = join(root, 'pglite');
    mkdirSync(dataDir);
    expect(copyTemplate(template, dataDir)).toBe(true);
    expect(hasDatabase(dataDir)).toBe(true);
  });

  it('leaves a directory with something in it as it was', () => {
    const dataDir = join(root, 'pglite');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'notes.txt'), 'mine');
    expect(copyTemplate(template, dataDir)).toBe(false);
    expect(readdirSync(dataDir)).toEqual(['notes.txt']);
    expect(existsSync(join(root, `pglite.from-template-${process.pid}`))).toBe(false);
  });
});
