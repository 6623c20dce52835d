/**
 * What the pane's buttons do: call the service, and turn what comes back (or the failure) into
 * reducer actions. Components receive these as props and never see the service.
 */
import type { Language } from '../i18n/language';
import type { UiKey } from '../i18n/ui';
import { messageKeyOf } from './services/errors';
import { outputSheetsOf, type SamkostService } from './services/samkostService';
import { settingsLanguage, type SettingName } from './services/settings';
import type { PaneAction, PaneState, TabId } from './state';

export interface PaneActions {
  selectTab(tab: TabId): void;
  dismissError(): void;
  run(): Promise<void>;
  selectCell(address: string): Promise<void>;
  createInputTables(): Promise<void>;
  insertSample(): Promise<void>;
  loadSettings(): Promise<void>;
  editSetting(name: SettingName, value: string): void;
  saveSettings(): Promise<void>;
}

export function paneActions(
  service: SamkostService,
  dispatch: (action: PaneAction) => void,
  getState: () => PaneState,
  /** The Office display language: the pane's language unless the workbook's Settings choose one. */
  officeLanguage: Language,
): PaneActions {
  const guarded =
    <A extends unknown[]>(fallback: UiKey, work: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      try {
        await work(...args);
      } catch (error) {
        dispatch({ type: 'failed', error: messageKeyOf(error, fallback) });
      }
    };

  const loadSettings = guarded('error.settingsRead', async () => {
    dispatch({ type: 'settingsLoading' });
    const form = await service.readSettings();
    dispatch({ type: 'settingsLoaded', form });
    dispatch({ type: 'language', language: settingsLanguage(form) ?? officeLanguage });
  });

  /**
   * After a run that wrote nothing, say which sheets still hold an earlier run's results (and
   * learn the sheets' names, which the problems' headings use). Only a courtesy beside the run's
   * own message: if the workbook cannot be asked, nothing is said.
   */
  const markStale = async (): Promise<void> => {
    const names = await service.sheetNames().catch(() => null);
    if (names) dispatch({ type: 'sheetNames', names });
    dispatch({ type: 'staleSheets', sheets: names ? outputSheetsOf(names) : [] });
  };

  return {
    selectTab: (tab) => {
      dispatch({ type: 'selectTab', tab });
      // The form shows the workbook as it is now: the user may have edited the table by hand.
      if (tab === 'settings') void loadSettings();
      // Help names the tables as the workbook does now; if it cannot be asked, Help names
      // them as the templates do (no error: nothing the user asked for failed).
      if (tab === 'help') {
        void service.sheetNames().then(
          (names) => dispatch({ type: 'sheetNames', names }),
          () => undefined,
        );
      }
    },
    dismissError: () => dispatch({ type: 'dismissError' }),
    run: async () => {
      try {
        const result = await service.run(officeLanguage, (step) =>
          dispatch({ type: 'runStep', step }),
        );
        dispatch({ type: 'runFinished', result });
        if (!result.ok) await markStale();
      } catch (error) {
        dispatch({ type: 'failed', error: messageKeyOf(error, 'error.engine') });
        await markStale();
      }
      await loadSettings();
    },
    selectCell: guarded('error.select', (address) => service.selectCell(address)),
    createInputTables: guarded('error.insert', async () => {
      dispatch({ type: 'tablesStarted', kind: 'template' });
      const report = await service.createInputTables(getState().language);
      dispatch({ type: 'tablesFinished', kind: 'template', report });
      await loadSettings();
    }),
    insertSample: guarded('error.insert', async () => {
      dispatch({ type: 'tablesStarted', kind: 'sample' });
      const report = await service.insertSample();
      dispatch({ type: 'tablesFinished', kind: 'sample', report });
      await loadSettings();
    }),
    loadSettings,
    editSetting: (name, value) => dispatch({ type: 'settingsEdited', name, value }),
    saveSettings: guarded('error.settingsWrite', async () => {
      dispatch({ type: 'settingsSaving' });
      const { form, loaded } = getState().settings;
      await service.writeSettings(form, loaded, getState().language);
      dispatch({ type: 'settingsSaved', form });
      dispatch({ type: 'language', language: settingsLanguage(form) ?? officeLanguage });
    }),
  };
}
