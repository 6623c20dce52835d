import { parseMergeScoresArgs } from '../../src/cli/mergeScoresCommand';
import { runCli } from './support';

describe('parseMergeScoresArgs', () => {
  it('reads the council, the members, -o and --lang; leaves other commands alone', () => {
    expect(
      parseMergeScoresArgs([
        'merge-scores',
        'c.xlsx',
        'a.xlsx',
        'b.xlsx',
        '-o',
        'o.xlsx',
        '--lang=nb',
      ]),
    ).toEqual({
      kind: 'mergeScores',
      council: 'c.xlsx',
      members: ['a.xlsx', 'b.xlsx'],
      output: 'o.xlsx',
      language: 'nb',
    });
    expect(parseMergeScoresArgs(['run', 'c.xlsx'])).toBeNull();
  });

  it.each([
    [['merge-scores', 'c.xlsx'], 'name the council workbook and at least one member workbook'],
    [['merge-scores', 'c.xlsx', 'a.xlsx', '--all'], '--all'],
    [['merge-scores', 'c.xlsx', 'a.xlsx', '-o'], '-o'],
    [['merge-scores', 'c.xlsx', 'a.xlsx', '--lang', 'de'], 'de'],
  ])('%j is a usage mistake (exit 1) that says what is wrong', async (argv, said) => {
    const ran = await runCli(argv, process.cwd());
    expect(ran.status).toBe(1);
    expect(ran.stderr).toContain(said);
  });

  it('is in the usage text', async () => {
    expect((await runCli(['--help'], process.cwd())).stdout).toContain(
      'samkost merge-scores <council.xlsx> <member.xlsx>…',
    );
  });
});
