/**
 * writeFileAtomically: the target is either untouched or whole; no temporary file survives a
 * failure or a SIGINT/SIGTERM; signal handlers exist only while a write is under way.
 */
import { promises as fs, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { writeFileAtomically } from '../../../src/workbook/xlsx/atomicWrite';
import { startPaused } from '../../support/pausedChild';
import { temporaryFolder } from './fixtures';

// The signal tests start Node with the TypeScript loader: room on a loaded machine.
jest.setTimeout(60_000);

const folder = temporaryFolder('samkost-atomic-');
afterAll(folder.remove);
let count = 0;
const freshDir = (): string => {
  count += 1;
  const dir = path.join(folder.dir, `case${count}`);
  mkdirSync(dir);
  return dir;
};

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

it('writes the bytes and leaves nothing else beside them', async () => {
  const dir = freshDir();
  await writeFileAtomically(path.join(dir, 'out.xlsx'), bytes('new'));
  expect(readdirSync(dir)).toEqual(['out.xlsx']);
  expect(readFileSync(path.join(dir, 'out.xlsx'), 'utf8')).toBe('new');
});

it('replaces an earlier file whole', async () => {
  const dir = freshDir();
  writeFileSync(path.join(dir, 'out.xlsx'), 'old and longer');
  await writeFileAtomically(path.join(dir, 'out.xlsx'), bytes('new'));
  expect(readFileSync(path.join(dir, 'out.xlsx'), 'utf8')).toBe('new');
  expect(readdirSync(dir)).toEqual(['out.xlsx']);
});

it('removes the temporary file when the rename fails, and says why', async () => {
  const dir = freshDir();
  mkdirSync(path.join(dir, 'out.xlsx')); // a folder in the way: rename cannot replace it
  writeFileSync(path.join(dir, 'out.xlsx', 'keep.txt'), 'kept');
  await expect(writeFileAtomically(path.join(dir, 'out.xlsx'), bytes('new'))).rejects.toThrow(
    /EISDIR|ENOTEMPTY|EEXIST/,
  );
  expect(readdirSync(dir)).toEqual(['out.xlsx']);
  expect(readFileSync(path.join(dir, 'out.xlsx', 'keep.txt'), 'utf8')).toBe('kept');
});

it('fails cleanly when the folder does not exist', async () => {
  const dir = freshDir();
  await expect(
    writeFileAtomically(path.join(dir, 'missing', 'out.xlsx'), bytes('new')),
  ).rejects.toThrow(/ENOENT/);
  expect(readdirSync(dir)).toEqual([]);
});

describe('while a write is under way', () => {
  interface Flushable {
    sync(): Promise<void>;
  }
  let proto: Flushable;
  let sync: () => Promise<void>;
  beforeAll(async () => {
    const probe = await fs.open(__filename, 'r');
    proto = Object.getPrototypeOf(probe) as Flushable;
    await probe.close();
    sync = proto.sync;
  });
  afterEach(() => {
    proto.sync = sync;
  });

  it('flushes the data before the rename, with SIGINT/SIGTERM handlers only then', async () => {
    const dir = freshDir();
    const out = path.join(dir, 'out.xlsx');
    const before = { int: process.listenerCount('SIGINT'), term: process.listenerCount('SIGTERM') };
    const atFlush: { files: string[]; int: number; term: number }[] = [];
    proto.sync = function (this: Flushable) {
      atFlush.push({
        files: readdirSync(dir),
        int: process.listenerCount('SIGINT'),
        term: process.listenerCount('SIGTERM'),
      });
      return sync.call(this);
    };
    await writeFileAtomically(out, bytes('new'));
    expect(atFlush).toHaveLength(1);
    // At the flush the data sit in the temporary file; the target is not there yet.
    expect(atFlush[0]?.files).toEqual([
      expect.stringMatching(/^\.out\.xlsx\.\d+\.[0-9a-f]+\.tmp$/),
    ]);
    expect(atFlush[0]?.int).toBe(before.int + 1);
    expect(atFlush[0]?.term).toBe(before.term + 1);
    expect(process.listenerCount('SIGINT')).toBe(before.int);
    expect(process.listenerCount('SIGTERM')).toBe(before.term);
  });

  it('removes the temporary file when the flush fails', async () => {
    const dir = freshDir();
    proto.sync = () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
    await expect(writeFileAtomically(path.join(dir, 'out.xlsx'), bytes('new'))).rejects.toThrow(
      'disk full',
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe.each(['SIGTERM', 'SIGINT'] as const)('a %s mid-write', (signal) => {
  it('removes the temporary file, keeps the earlier file whole, and ends by the signal', async () => {
    const dir = freshDir();
    const out = path.join(dir, 'out.xlsx');
    writeFileSync(out, 'the earlier copy');
    const { child, ended } = await startPaused(['write', out], dir);
    const during = readdirSync(dir);
    expect(during).toHaveLength(2); // the write really is under way: its temporary file is there
    child.kill(signal);
    // Ended by the signal itself (a shell reports 128 + its number: 143, 130), not by an exit code.
    expect(await ended).toEqual({ code: null, signal });
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
    expect(readFileSync(out, 'utf8')).toBe('the earlier copy');
  });
});
