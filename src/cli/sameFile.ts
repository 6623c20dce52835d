/**
 * Whether writing `output` would touch the input workbook: the same path, a symlink to it, a hard
 * link to it, or the same name in another case on a disk that ignores case. Decided by the
 * files' identities (device and inode), not by comparing path strings.
 */
import { promises as fs, type BigIntStats } from 'fs';
import path from 'path';

/** `stat` following symlinks, with 64-bit inode numbers (Windows file ids do not fit a double). */
export type StatFile = (file: string) => Promise<BigIntStats>;

const statBig: StatFile = (file) => fs.stat(file, { bigint: true });

const isMissing = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  (error.code === 'ENOENT' || error.code === 'ENOTDIR');

/**
 * True when `output` names the file `input` names. An output that does not exist yet cannot be
 * the input: a disk that ignores case finds the input under any case, so `stat` answers for it.
 */
export async function isSameFile(
  input: string,
  output: string,
  stat: StatFile = statBig,
): Promise<boolean> {
  if (path.resolve(input) === path.resolve(output)) return true;
  const inputStat = await stat(input);
  let outputStat: BigIntStats;
  try {
    outputStat = await stat(output);
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  return inputStat.dev === outputStat.dev && inputStat.ino === outputStat.ino;
}
