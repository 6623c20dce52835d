import { isUsageError, parseArgs } from '../../src/cli/args';
import { languageFromEnv } from '../../src/cli/main';

describe('samkost run', () => {
  test('the workbook alone: default output, summary, language from the environment', () => {
    expect(parseArgs(['run', 'budget.xlsx'])).toEqual({
      kind: 'run',
      workbook: 'budget.xlsx',
      output: null,
      json: false,
      language: null,
    });
  });

  test.each([
    [['run', 'b.xlsx', '-o', 'out.xlsx', '--json', '--lang', 'sv']],
    [['--lang=sv', 'run', '--json', 'b.xlsx', '--output=out.xlsx']],
    [['run', '--output', 'out.xlsx', 'b.xlsx', '--json', '--lang', 'sv']],
  ])('options in any order and form: %p', (argv) => {
    expect(parseArgs(argv)).toEqual({
      kind: 'run',
      workbook: 'b.xlsx',
      output: 'out.xlsx',
      json: true,
      language: 'sv',
    });
  });
});

describe('samkost template', () => {
  test.each([
    [['template', 'new.xlsx', '--lang', 'es']],
    [['template', '-o', 'new.xlsx', '--lang=es']],
  ])('%p', (argv) => {
    expect(parseArgs(argv)).toEqual({ kind: 'template', output: 'new.xlsx', language: 'es' });
  });
});

test.each([
  [['--help'], 'help'],
  [['-h', 'run'], 'help'],
  [['--version'], 'version'],
  [['-v'], 'version'],
])('%p asks for %s', (argv, kind) => {
  expect(parseArgs(argv)).toEqual({ kind });
});

describe('usage errors', () => {
  test.each([
    [[], 'error.noCommand', {}],
    [['frobnicate'], 'error.unknownCommand', { found: 'frobnicate' }],
    [['run'], 'error.missingWorkbook', {}],
    [['template'], 'error.missingTemplate', {}],
    [['run', 'a.xlsx', 'b.xlsx'], 'error.extraArgument', { found: 'b.xlsx' }],
    [['run', 'a.xlsx', '--colour'], 'error.unknownOption', { found: '--colour' }],
    [['run', 'a.xlsx', '-o'], 'error.missingValue', { option: '-o' }],
    [['run', 'a.xlsx', '--lang='], 'error.missingValue', { option: '--lang' }],
    [['run', 'a.xlsx', '--lang', 'fi'], 'error.badLanguage', { found: 'fi' }],
    [['template', 'new.xlsx', '--json'], 'error.unknownOption', { found: '--json' }],
  ])('%p: %s', (argv, error, params) => {
    const parsed = parseArgs(argv);
    expect(isUsageError(parsed) && { error: parsed.error, params: parsed.params }).toEqual({
      error,
      params,
    });
  });

  test('an error is told in the language asked for, when that much was readable', () => {
    const parsed = parseArgs(['--lang', 'nb', 'run']);
    expect(isUsageError(parsed) && parsed.language).toBe('nb');
  });
});

describe('the language from the environment', () => {
  test.each([
    [{ LANG: 'nb_NO.UTF-8' }, 'nb'],
    [{ LANG: 'nn_NO.UTF-8' }, 'nb'],
    [{ LANG: 'sv_SE.UTF-8', LC_MESSAGES: 'es_ES.UTF-8' }, 'es'],
    [{ LANG: 'sv_SE.UTF-8', LC_MESSAGES: 'es_ES', LC_ALL: 'nb_NO' }, 'nb'],
    [{ LANG: 'sv_SE.UTF-8', LC_ALL: '' }, 'sv'],
    [{ LANG: 'C' }, 'en'],
    [{ LANG: 'fi_FI.UTF-8' }, 'en'],
    [{}, 'en'],
  ])('%p → %s', (env, language) => {
    expect(languageFromEnv(env)).toBe(language);
  });
});
