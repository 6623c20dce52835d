import { paneActions } from '../../src/taskpane/actions';
import { PaneError } from '../../src/taskpane/services/errors';
import type { SamkostService } from '../../src/taskpane/services/samkostService';
import { EMPTY_SETTINGS } from '../../src/taskpane/services/settings';
import {
  initialState,
  paneReducer,
  type PaneAction,
  type PaneState,
} from '../../src/taskpane/state';
import { PROBLEMS, SUCCESS } from './fakes';

/** A service whose every method fails unless the test supplies it. */
function service(overrides: Partial<SamkostService>): SamkostService {
  const unused = () => Promise.reject(new Error('not expected in this test'));
  return {
    run: unused,
    selectCell: unused,
    sheetNames: unused,
    explain: unused,
    createInputTables: unused,
    insertSample: unused,
    // The pane re-reads the settings after every action that changes the tables.
    readSettings: async () => EMPTY_SETTINGS,
    writeSettings: unused,
    whatIf: unused,
    applyKey: unused,
    scorerName: () => null,
    saveScores: unused,
    ...overrides,
  };
}

/** Run actions against the real reducer, recording every dispatched action. */
function harness(overrides: Partial<SamkostService>) {
  let state: PaneState = initialState('en');
  const dispatched: PaneAction[] = [];
  const actions = paneActions(
    service(overrides),
    (action) => {
      dispatched.push(action);
      state = paneReducer(state, action);
    },
    () => state,
    'en',
  );
  return { actions, dispatched, state: () => state };
}

describe('paneActions', () => {
  it('runs in the Office language and shows the result', async () => {
    const languages: string[] = [];
    const { actions, dispatched, state } = harness({
      run: async (language, onStep) => {
        languages.push(language);
        onStep('read');
        onStep('write');
        return { ...SUCCESS, notices: [] };
      },
    });
    await actions.run();
    expect(languages).toEqual(['en']);
    expect(dispatched.map((a) => a.type)).toEqual([
      'runStep',
      'runStep',
      'runFinished',
      'settingsLoading',
      'settingsLoaded',
      'language',
    ]);
    expect(state().run.status).toBe('done');
  });

  it('turns a failure into its localised message key, and the run can be tried again', async () => {
    const { actions, state } = harness({
      run: async (_, onStep) => {
        onStep('read');
        throw new PaneError('error.cellEditMode');
      },
    });
    await actions.run();
    expect(state().error).toBe('error.cellEditMode');
    expect(state().run.status).toBe('idle');
  });

  it('falls back to the action’s own message for an unknown failure', async () => {
    const { actions, state } = harness({
      insertSample: () => Promise.reject(new TypeError('x is undefined')),
    });
    await actions.insertSample();
    expect(state().error).toBe('error.insert');
  });

  it('takes the pane language from the workbook’s Settings when it names one', async () => {
    const { actions, state } = harness({
      readSettings: async () => ({ ...EMPTY_SETTINGS, Language: 'sv' }),
    });
    await actions.loadSettings();
    expect(state().language).toBe('sv');
    expect(state().settings.status).toBe('ready');
  });

  it('saves the edited form and returns to the Office language when Language is cleared', async () => {
    const written: string[] = [];
    const { actions, state } = harness({
      readSettings: async () => ({ ...EMPTY_SETTINGS, Language: 'es' }),
      writeSettings: async (form, loaded) => {
        written.push(`${loaded.Language}→${form.Language}`);
      },
    });
    await actions.loadSettings();
    actions.editSetting('Language', '');
    await actions.saveSettings();
    expect(written).toEqual(['es→']);
    expect(state().language).toBe('en');
    expect(state().settings.status).toBe('saved');
  });

  it('creates the input tables in the pane’s current language', async () => {
    const languages: string[] = [];
    const { actions, state } = harness({
      readSettings: async () => ({ ...EMPTY_SETTINGS, Language: 'nb' }),
      createInputTables: async (language) => {
        languages.push(language);
        return { created: ['Kommuner'], skipped: [], blocked: [] };
      },
    });
    await actions.loadSettings();
    await actions.createInputTables();
    expect(languages).toEqual(['nb']);
    expect(state().tables.report?.created).toEqual(['Kommuner']);
  });

  it('re-reads the settings when Settings opens and after each action that changes the tables', async () => {
    let reads = 0;
    const { actions, state } = harness({
      readSettings: async () => {
        reads += 1;
        return { ...EMPTY_SETTINGS, Currency: `SEK${reads}` };
      },
      run: async () => ({ ...SUCCESS, notices: [] }),
      createInputTables: async () => ({ created: ['Innstillinger'], skipped: [], blocked: [] }),
      insertSample: async () => ({ created: [], skipped: [], blocked: [] }),
    });
    actions.selectTab('settings');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(state().settings.form.Currency).toBe('SEK1');
    await actions.createInputTables();
    expect(state().settings.form.Currency).toBe('SEK2');
    await actions.insertSample();
    expect(state().settings.form.Currency).toBe('SEK3');
    await actions.run();
    expect(state().settings).toMatchObject({ status: 'ready', form: { Currency: 'SEK4' } });
    expect(state().settings.loaded.Currency).toBe('SEK4');
  });

  it('names rows it adds in the pane’s language and then counts the saved values as read', async () => {
    const calls: string[] = [];
    const { actions, state } = harness({
      readSettings: async () => ({ ...EMPTY_SETTINGS, Language: 'sv' }),
      writeSettings: async (form, loaded, language) => {
        calls.push(`${language}:${loaded.Currency}→${form.Currency}`);
      },
    });
    await actions.loadSettings();
    actions.editSetting('Currency', 'SEK');
    await actions.saveSettings();
    expect(calls).toEqual(['sv:→SEK']);
    expect(state().settings.loaded.Currency).toBe('SEK');
  });

  it('after a run that wrote nothing, names the sheets still holding the previous results', async () => {
    let outcome: 'problems' | 'error' | 'ok' = 'problems';
    const { actions, state } = harness({
      run: async () => {
        if (outcome === 'error') throw new PaneError('error.write');
        return { ...(outcome === 'ok' ? SUCCESS : PROBLEMS), notices: [] };
      },
      sheetNames: async () => ({
        Municipalities: 'Kommuner',
        Allocation: 'Fordeling',
        RiskFlags: 'Risikoflagg',
      }),
    });
    await actions.run();
    expect(state().staleSheets).toEqual(['Fordeling', 'Risikoflagg']);
    outcome = 'error';
    await actions.run();
    expect(state().error).toBe('error.write');
    expect(state().staleSheets).toEqual(['Fordeling', 'Risikoflagg']);
    outcome = 'ok';
    await actions.run();
    expect(state().staleSheets).toEqual([]);
  });
});
