/**
 * The whole task pane: Fluent's provider with the Office theme around the App. Shared by the
 * add-in's entry point and the browser preview.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Language } from '../i18n/language';
import { App } from './components/App';
import { ExplainProvider } from './components/Explainable';
import type { SamkostService } from './services/samkostService';

export interface TaskPaneProps {
  readonly service: SamkostService;
  readonly language: Language;
  readonly dark: boolean;
}

export function TaskPane({ service, language, dark }: TaskPaneProps): JSX.Element {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100%' }}>
      <ExplainProvider explain={service.explain}>
        <App service={service} officeLanguage={language} />
      </ExplainProvider>
    </FluentProvider>
  );
}
