/**
 * The pane's state and its reducer: which view is open, how the last run went, what the table and
 * settings actions reported, and the one error message to show. No I/O here.
 */
import type { Language } from '../i18n/language';
import type { UiKey } from '../i18n/ui';
import type { LocalisedProblem } from '../engine/problem';
import type { PaneViews, RiskFlag, RunSummary } from '../engine/result';
import type { WriteNotice } from '../engine/table';
import type { RunOutcome, RunStep, SheetNames, TablesReport } from './services/samkostService';
import { EMPTY_SETTINGS, type SettingName, type SettingsForm } from './services/settings';

export const TABS = [
  'run',
  'municipalities',
  'council',
  'score',
  'tables',
  'settings',
  'help',
] as const;
export type TabId = (typeof TABS)[number];

export type RunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly step: RunStep }
  | { readonly status: 'problems'; readonly problems: readonly LocalisedProblem[] }
  | {
      readonly status: 'done';
      readonly summary: RunSummary;
      readonly flags: readonly RiskFlag[];
      readonly sheets: readonly string[];
      /** Where the write put outputs whose names or places were taken by the user's. */
      readonly notices: readonly WriteNotice[];
      /** The run's split view and council view. */
      readonly views: PaneViews;
    };

export interface TablesState {
  readonly busy: 'template' | 'sample' | null;
  readonly report: (TablesReport & { readonly kind: 'template' | 'sample' }) | null;
}

export interface SettingsState {
  readonly status: 'unloaded' | 'loading' | 'ready' | 'saving' | 'saved';
  readonly form: SettingsForm;
  /** The values as last read or saved: only what differs from them is written. */
  readonly loaded: SettingsForm;
}

export interface PaneState {
  readonly tab: TabId;
  readonly language: Language;
  readonly run: RunState;
  readonly tables: TablesState;
  readonly settings: SettingsState;
  readonly error: UiKey | null;
  /** After a run that wrote nothing: the sheets still holding an earlier run's results. */
  readonly staleSheets: readonly string[];
  /** The sheet each contract table is on, as last read (Help names tables as the workbook does). */
  readonly sheetNames: SheetNames;
}

export type PaneAction =
  | { readonly type: 'selectTab'; readonly tab: TabId }
  | { readonly type: 'language'; readonly language: Language }
  | { readonly type: 'runStep'; readonly step: RunStep }
  | { readonly type: 'runFinished'; readonly result: RunOutcome }
  | { readonly type: 'staleSheets'; readonly sheets: readonly string[] }
  | { readonly type: 'sheetNames'; readonly names: SheetNames }
  | { readonly type: 'tablesStarted'; readonly kind: 'template' | 'sample' }
  | {
      readonly type: 'tablesFinished';
      readonly kind: 'template' | 'sample';
      readonly report: TablesReport;
    }
  | { readonly type: 'settingsLoading' }
  | { readonly type: 'settingsLoaded'; readonly form: SettingsForm }
  | { readonly type: 'settingsEdited'; readonly name: SettingName; readonly value: string }
  | { readonly type: 'settingsSaving' }
  | { readonly type: 'settingsSaved'; readonly form: SettingsForm }
  | { readonly type: 'failed'; readonly error: UiKey }
  | { readonly type: 'dismissError' };

export const initialState = (language: Language): PaneState => ({
  tab: 'run',
  language,
  run: { status: 'idle' },
  tables: { busy: null, report: null },
  settings: { status: 'unloaded', form: EMPTY_SETTINGS, loaded: EMPTY_SETTINGS },
  error: null,
  staleSheets: [],
  sheetNames: {},
});

const runOutcome = (result: RunOutcome): RunState =>
  result.ok
    ? {
        status: 'done',
        summary: result.summary,
        flags: result.flags,
        sheets: result.outputs.map((o) => o.sheetName),
        notices: result.notices,
        views: result.views,
      }
    : { status: 'problems', problems: result.problems };

/** A failure ends whatever was in progress, so no button stays disabled. */
const settle = (state: PaneState): PaneState => ({
  ...state,
  run: state.run.status === 'running' ? { status: 'idle' } : state.run,
  tables: { ...state.tables, busy: null },
  settings:
    state.settings.status === 'loading' || state.settings.status === 'saving'
      ? { ...state.settings, status: state.settings.status === 'loading' ? 'unloaded' : 'ready' }
      : state.settings,
});

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'selectTab':
      return { ...state, tab: action.tab };
    case 'language':
      return { ...state, language: action.language };
    case 'runStep':
      // A new run clears the last run's error and results.
      return {
        ...state,
        run: { status: 'running', step: action.step },
        error: state.run.status === 'running' ? state.error : null,
        staleSheets: [],
      };
    case 'runFinished':
      // The result's language is the run's (Settings.Language wins over Office's).
      return {
        ...state,
        language: action.result.language,
        run: runOutcome(action.result),
        staleSheets: [],
      };
    case 'staleSheets':
      return { ...state, staleSheets: action.sheets };
    case 'sheetNames':
      return { ...state, sheetNames: action.names };
    case 'tablesStarted':
      return { ...state, error: null, tables: { busy: action.kind, report: null } };
    case 'tablesFinished':
      return { ...state, tables: { busy: null, report: { ...action.report, kind: action.kind } } };
    case 'settingsLoading':
      return { ...state, settings: { ...state.settings, status: 'loading' } };
    case 'settingsLoaded':
      return { ...state, settings: { status: 'ready', form: action.form, loaded: action.form } };
    case 'settingsEdited':
      return {
        ...state,
        settings: {
          ...state.settings,
          status: 'ready',
          form: { ...state.settings.form, [action.name]: action.value },
        },
      };
    case 'settingsSaving':
      return { ...state, error: null, settings: { ...state.settings, status: 'saving' } };
    case 'settingsSaved':
      return {
        ...state,
        settings: { ...state.settings, status: 'saved', loaded: action.form },
      };
    case 'failed':
      return { ...settle(state), error: action.error };
    case 'dismissError':
      return { ...state, error: null };
  }
}
