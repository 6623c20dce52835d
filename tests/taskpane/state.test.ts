import { initialState, paneReducer, type PaneState } from '../../src/taskpane/state';
import { EMPTY_SETTINGS } from '../../src/taskpane/services/settings';
import { NAME_TAKEN, PROBLEMS, SUCCESS } from './fakes';

const start = initialState('en');

describe('paneReducer', () => {
  it('starts on the Run view in the Office language with nothing run', () => {
    expect(start).toMatchObject({
      tab: 'run',
      language: 'en',
      run: { status: 'idle' },
      error: null,
    });
  });

  it('a new run clears the previous error, and keeps progress through its steps', () => {
    const failed = paneReducer(start, { type: 'failed', error: 'error.read' });
    const running = paneReducer(failed, { type: 'runStep', step: 'read' });
    expect(running.error).toBeNull();
    expect(paneReducer(running, { type: 'runStep', step: 'plan' }).run).toEqual({
      status: 'running',
      step: 'plan',
    });
  });

  it('shows problems when the run found them', () => {
    const state = paneReducer(start, { type: 'runFinished', result: { ...PROBLEMS, notices: [] } });
    expect(state.run.status).toBe('problems');
    expect(state.run.status === 'problems' && state.run.problems[0]?.cell).toBe('Kommuner!B2');
  });

  it('shows the results and takes the run language (Settings.Language wins)', () => {
    const result = { ...SUCCESS, notices: [NAME_TAKEN] };
    const state = paneReducer(start, { type: 'runFinished', result });
    expect(state.language).toBe('nb');
    expect(state.run).toMatchObject({
      status: 'done',
      sheets: ['Fordeling'],
      notices: [NAME_TAKEN],
    });
  });

  it('a failure ends whatever was in progress so no button stays disabled', () => {
    let state: PaneState = paneReducer(start, { type: 'runStep', step: 'allocate' });
    state = paneReducer(state, { type: 'tablesStarted', kind: 'sample' });
    state = paneReducer(state, { type: 'settingsSaving' });
    state = paneReducer(state, { type: 'failed', error: 'error.worker' });
    expect(state.run).toEqual({ status: 'idle' });
    expect(state.tables.busy).toBeNull();
    expect(state.settings.status).toBe('ready');
    expect(state.error).toBe('error.worker');
  });

  it('keeps earlier results when a later action fails', () => {
    const done = paneReducer(start, { type: 'runFinished', result: { ...SUCCESS, notices: [] } });
    const failed = paneReducer(done, { type: 'failed', error: 'error.select' });
    expect(failed.run.status).toBe('done');
  });

  it('edits one setting and marks the form unsaved', () => {
    const saved = paneReducer(start, { type: 'settingsSaved', form: EMPTY_SETTINGS });
    const edited = paneReducer(saved, { type: 'settingsEdited', name: 'Currency', value: 'SEK' });
    expect(edited.settings.status).toBe('ready');
    expect(edited.settings.form.Currency).toBe('SEK');
    expect(edited.settings.form.RoundTo).toBe('');
  });

  it('reports which tables were created and which were left alone', () => {
    const busy = paneReducer(start, { type: 'tablesStarted', kind: 'template' });
    expect(busy.tables.busy).toBe('template');
    const done = paneReducer(busy, {
      type: 'tablesFinished',
      kind: 'template',
      report: { created: ['Kostnader'], skipped: ['Kommuner'], blocked: [] },
    });
    expect(done.tables).toEqual({
      busy: null,
      report: { kind: 'template', created: ['Kostnader'], skipped: ['Kommuner'], blocked: [] },
    });
  });
});
