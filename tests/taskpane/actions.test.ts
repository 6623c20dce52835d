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
import { SUCCESS } from './fakes';

/** A service whose every method fails unless the test supplies it. */
function service(overrides: Partial<SamkostService>): SamkostService {
  const unused = () => Promise.reject(new Error('not expected in this test'));
  return {
    run: unused,
    selectCell: unused,
    createInputTables: unused,
    insertSample: unused,
    readSettings: unused,
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
    expect(dispatched.map((a) => a.type)).toEqual(['runStep', 'runStep', 'runFinished']);
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
      writeSettings: async (form) => {
        written.push(form.Language);
      },
    });
    await actions.loadSettings();
    actions.editSetting('Language', '');
    await actions.saveSettings();
    expect(written).toEqual(['']);
    expect(state().language).toBe('en');
    expect(state().settings.status).toBe('saved');
  });

  it('creates the input tables in the pane’s current language', async () => {
    const languages: string[] = [];
    const { actions, state } = harness({
      readSettings: async () => ({ ...EMPTY_SETTINGS, Language: 'nb' }),
      createInputTables: async (language) => {
        languages.push(language);
        return { created: ['Kommuner'], skipped: [] };
      },
    });
    await actions.loadSettings();
    await actions.createInputTables();
    expect(languages).toEqual(['nb']);
    expect(state().tables.report?.created).toEqual(['Kommuner']);
  });
});
