/**
 * The arguments of the two report commands, `samkost explain` and `samkost statement`, read into
 * a request. Pure, like args.ts; main.ts asks here first and hands the rest to args.ts.
 */
import { cliText } from '../i18n/cli';
import { explainText } from '../i18n/explain';
import { isLanguage, type Language } from '../i18n/language';

export type ReportRequest =
  | {
      readonly kind: 'explain';
      readonly workbook: string;
      readonly municipality: string;
      readonly item: string | null;
      readonly language: Language | null;
    }
  | {
      readonly kind: 'statement';
      readonly workbook: string;
      /** One municipality, or null for every one (`--all`). */
      readonly municipality: string | null;
      /** The file (one municipality) or the folder (`--all`) to write. */
      readonly output: string;
      readonly language: Language | null;
    };

/** A usage mistake, put into words once the language is known. */
export interface ReportUsageError {
  readonly kind: 'error';
  readonly message: (language: Language) => string;
  readonly language: Language | null;
}

const REPORTS = ['explain', 'statement'] as const;
const VALUED = ['-o', '--output', '--lang', '--municipality', '--item'] as const;
type Valued = (typeof VALUED)[number];
const isValued = (flag: string): flag is Valued => (VALUED as readonly string[]).includes(flag);

/**
 * `argv` read as a report command, a usage mistake, or null when its command is not a report's
 * (or it asks for help or the version): then args.ts reads it.
 */
export function parseReportArgs(argv: readonly string[]): ReportRequest | ReportUsageError | null {
  if (['--help', '-h', '--version', '-v'].some((flag) => argv.includes(flag))) return null;
  const values = new Map<Valued, string>();
  const positional: string[] = [];
  let all = false;
  const mistakes: ((language: Language) => string)[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag = '', inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    if (flag === '--all') all = true;
    else if (isValued(flag)) {
      const value = inline ?? argv[i + 1];
      if (inline === undefined) i += 1;
      if (value === undefined || value === '') {
        mistakes.push((l) => cliText(l)('error.missingValue', { option: flag }));
      } else values.set(flag, value);
    } else if (arg.startsWith('-') && arg !== '-') {
      mistakes.push((l) => cliText(l)('error.unknownOption', { found: arg }));
    } else positional.push(arg);
  }
  const [command, workbook, extra] = positional;
  if (!(REPORTS as readonly string[]).includes(command ?? '')) return null;
  const given = values.get('--lang');
  const language = given !== undefined && isLanguage(given) ? given : null;
  const fail = (message: (l: Language) => string): ReportUsageError => ({
    kind: 'error',
    message,
    language,
  });
  const [first] = mistakes;
  if (first) return fail(first);
  if (given !== undefined && language === null) {
    return fail((l) => cliText(l)('error.badLanguage', { found: given }));
  }
  if (extra !== undefined) return fail((l) => cliText(l)('error.extraArgument', { found: extra }));
  if (workbook === undefined) return fail((l) => cliText(l)('error.missingWorkbook'));
  const municipality = values.get('--municipality') ?? null;
  const output = values.get('-o') ?? values.get('--output') ?? null;
  const item = values.get('--item') ?? null;
  if (command === 'explain') {
    if (all) return fail((l) => explainText(l)('error.allOnlyStatement'));
    if (output !== null) return fail((l) => cliText(l)('error.unknownOption', { found: '-o' }));
    if (municipality === null) {
      return fail((l) => explainText(l)('error.missingMunicipality', { command }));
    }
    return { kind: 'explain', workbook, municipality, item, language };
  }
  if (item !== null) return fail((l) => explainText(l)('error.itemOnlyExplain'));
  if (all && municipality !== null) return fail((l) => explainText(l)('error.allOrOne'));
  if (!all && municipality === null) {
    return fail((l) => explainText(l)('error.missingMunicipality', { command: 'statement' }));
  }
  if (output === null) {
    return fail((l) =>
      explainText(l)(all ? 'error.missingStatementFolder' : 'error.missingStatementFile'),
    );
  }
  return { kind: 'statement', workbook, municipality, output, language };
}
