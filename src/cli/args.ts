/**
 * The `samkost` command line's arguments, read into a command. Pure: no I/O, so every rule of
 * the syntax is tested without a process.
 */
import { isLanguage, type Language } from '../i18n/language';
import type { CliKey } from '../i18n/cli';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      readonly workbook: string;
      readonly output: string | null;
      readonly json: boolean;
      readonly language: Language | null;
    }
  | { readonly kind: 'template'; readonly output: string; readonly language: Language | null };

/** A usage mistake, as a catalogue key and its parameters (the caller translates). */
export interface UsageError {
  readonly kind: 'error';
  readonly error: CliKey;
  readonly params: Readonly<Record<string, string>>;
  /** The --lang given before the mistake was found, so the message can use it. */
  readonly language: Language | null;
}

const mistake = (
  error: CliKey,
  params: Record<string, string> = {},
  language: Language | null = null,
): UsageError => ({ kind: 'error', error, params, language });

/** True when the arguments could not be read into a command. */
export const isUsageError = (parsed: Command | UsageError): parsed is UsageError =>
  parsed.kind === 'error';

/** The --lang value anywhere in argv, if it names a language (so errors can be localised). */
function languageIn(argv: readonly string[]): Language | null {
  const index = argv.indexOf('--lang');
  const value = index >= 0 ? argv[index + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  return value !== undefined && isLanguage(value) ? value : null;
}

/** Read `argv` (without node and the script) into a command, or the first usage mistake. */
export function parseArgs(argv: readonly string[]): Command | UsageError {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { kind: 'version' };
  const lang = languageIn(argv);
  const positional: string[] = [];
  let output: string | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    if (flag === '--json') json = true;
    else if (flag === '-o' || flag === '--output' || flag === '--lang') {
      const value = inline ?? argv[i + 1];
      if (value === undefined || value === '') {
        return mistake('error.missingValue', { option: flag }, lang);
      }
      if (inline === undefined) i += 1;
      if (flag === '--lang' && !isLanguage(value)) {
        return mistake('error.badLanguage', { found: value }, lang);
      }
      if (flag !== '--lang') output = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return mistake('error.unknownOption', { found: arg }, lang);
    } else positional.push(arg);
  }
  const [command, target, extra] = positional;
  if (command === undefined) return mistake('error.noCommand', {}, lang);
  if (command !== 'run' && command !== 'template') {
    return mistake('error.unknownCommand', { found: command }, lang);
  }
  if (extra !== undefined) return mistake('error.extraArgument', { found: extra }, lang);
  if (command === 'run') {
    if (target === undefined) return mistake('error.missingWorkbook', {}, lang);
    return { kind: 'run', workbook: target, output, json, language: lang };
  }
  // `template out.xlsx` or `template -o out.xlsx`; --json means nothing to it.
  const file = target ?? output;
  if (file === null || file === undefined) return mistake('error.missingTemplate', {}, lang);
  if (json) return mistake('error.unknownOption', { found: '--json' }, lang);
  return { kind: 'template', output: file, language: lang };
}
