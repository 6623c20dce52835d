/**
 * The browser preview's page: the fake workbook on the left, the real task pane on the right (as
 * Excel places it), and a language switcher that re-opens the pane as if Office's display
 * language had changed.
 */
import { useMemo, useState, type CSSProperties } from 'react';
import { LANGUAGES, type Language } from '../i18n/language';
import { officeEnvironment } from '../taskpane/environment';
import { createService } from '../taskpane/services';
import { TaskPane } from '../taskpane/TaskPane';
import type { FakeWorkbook } from './fakeExcel';
import { installFakeOffice } from './fakeOffice';
import { OFFICE_LOCALES } from './params';
import { WorkbookView } from './WorkbookView';

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  nb: 'Norsk bokmål (nb-NO)',
  sv: 'Svenska (sv-SE)',
  en: 'English (en-US)',
  es: 'Español (es-ES)',
};

const styles: Record<string, CSSProperties> = {
  page: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    fontFamily: "'Segoe UI', system-ui, sans-serif",
    fontSize: 13,
  },
  chrome: {
    display: 'flex',
    alignItems: 'center',
    gap: 16,
    padding: '6px 12px',
    background: '#107c41',
    color: '#ffffff',
  },
  title: { fontSize: 14, fontWeight: 600, margin: 0 },
  body: { display: 'flex', flex: 1, minHeight: 0 },
  workbook: { flex: 1, minWidth: 0 },
  pane: { flexShrink: 0, borderLeft: '1px solid #8a8a8a', overflow: 'auto' },
};

export interface PreviewProps {
  readonly workbook: FakeWorkbook;
  readonly initialLanguage: Language;
  readonly theme: 'light' | 'dark';
  /** The task pane's width in CSS px. */
  readonly paneWidth: number;
}

/** Install the fake Office for a display language, as Office would be when the pane opens. */
function openOffice(workbook: FakeWorkbook, language: Language, theme: 'light' | 'dark'): void {
  installFakeOffice(workbook, { displayLanguage: OFFICE_LOCALES[language], theme });
}

export function Preview(props: PreviewProps): JSX.Element {
  const { workbook, initialLanguage, theme, paneWidth } = props;
  const [language, setLanguage] = useState(initialLanguage);
  // Re-install before rendering the pane for a new language: the pane reads Office as it mounts.
  const environment = useMemo(() => {
    openOffice(workbook, language, theme);
    return officeEnvironment();
  }, [workbook, language, theme]);
  const service = useMemo(() => createService(), []);

  const switchLanguage = (next: Language): void => {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.history.replaceState(null, '', url);
    setLanguage(next);
  };

  return (
    <div style={styles.page}>
      <header style={styles.chrome}>
        <h1 style={styles.title}>Samkost preview (simulated Excel)</h1>
        <label>
          Office display language{' '}
          <select
            id="preview-language"
            value={language}
            onChange={(event) => switchLanguage(event.target.value as Language)}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <div style={styles.body}>
        <div style={styles.workbook}>
          <WorkbookView workbook={workbook} />
        </div>
        {/* Not a landmark: the pane's own <main> is the page's main content, as in Excel. */}
        <div style={{ ...styles.pane, width: paneWidth }} id="pane">
          <TaskPane
            key={language}
            service={service}
            language={environment.language}
            dark={environment.dark}
          />
        </div>
      </div>
    </div>
  );
}
