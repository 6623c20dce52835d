/**
 * Reading the workbook the user names, safely: only a regular file, only up to a size cap checked
 * before a byte is read, and never more bytes than the file had when it was opened (a file that
 * grows, a device or a pipe cannot make the command read without end).
 */
import { constants, promises as fs } from 'fs';
import { WorkbookFileError } from '../workbook/fileErrors';

/**
 * The largest workbook read: 100 MiB. The national benchmark's input is 1.1 MB and its copy with
 * every output 9.8 MB, so a re-run on that copy has ten times room; Excel for the web stops at
 * 100 MB too.
 */
export const MAX_WORKBOOK_BYTES = 100 * 1024 * 1024;

/**
 * Opening a FIFO for reading waits for a writer; O_NONBLOCK makes it return at once, so the check
 * below can refuse it. Windows has no such flag (and no FIFOs at a path).
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The bytes of the regular file `file`, at most `cap` of them; else a {@link WorkbookFileError}. */
export async function readWorkbookFile(file: string, cap = MAX_WORKBOOK_BYTES): Promise<Buffer> {
  // The path is checked before opening (a FIFO or a device is never opened) …
  if (!(await fs.stat(file)).isFile()) throw new WorkbookFileError('NOT_A_FILE');
  const handle = await fs.open(file, OPEN_FLAGS);
  try {
    // … and the open file again, in case the path was swapped in between.
    const stat = await handle.stat();
    if (!stat.isFile()) throw new WorkbookFileError('NOT_A_FILE');
    if (stat.size > cap)
      throw new WorkbookFileError('FILE_TOO_LARGE', { size: stat.size, limit: cap });
    const data = Buffer.alloc(stat.size);
    let filled = 0;
    while (filled < data.length) {
      const { bytesRead } = await handle.read(data, filled, data.length - filled, filled);
      if (bytesRead === 0) break; // the file shrank since it was opened
      filled += bytesRead;
    }
    return data.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
