/**
 * Write the national synthetic workbook to a file, for measuring the command line on it by hand:
 * `npx tsx tests/bench/nationalFile.ts out.xlsx`, then
 * `/usr/bin/time -v node src/cli/samkost.cjs run out.xlsx -o copy.xlsx` (time and peak memory).
 */
import { generateWorkbook, SIZES } from './generate';
import { writeXlsx } from './xlsxFile';

const target = process.argv[2];
if (target === undefined) {
  console.error('usage: tsx tests/bench/nationalFile.ts <file.xlsx>');
  process.exitCode = 1;
} else {
  writeXlsx(generateWorkbook(SIZES.national), target).then(
    () => console.log(`wrote ${target}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
