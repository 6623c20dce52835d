/**
 * What the pane learns from Office before it renders: the display language and whether the
 * Office theme is dark. Both are feature-detected: older hosts have no officeTheme.
 */
import { languageFromLocale, type Language } from '../i18n/language';

export interface PaneEnvironment {
  readonly language: Language;
  readonly dark: boolean;
}

/** Relative luminance of a `#rrggbb` colour (WCAG), or null when it is not one. */
export function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when Office's body background is dark; light when unknown. */
export function isDarkTheme(theme: Partial<Office.OfficeTheme> | undefined): boolean {
  const level = theme?.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : null;
  return level !== null && level < 0.2;
}

/** Read the environment from Office.context (call after Office.onReady). */
export function officeEnvironment(): PaneEnvironment {
  const context = typeof Office === 'undefined' ? undefined : Office.context;
  let theme: Office.OfficeTheme | undefined;
  try {
    theme = context?.officeTheme;
  } catch {
    theme = undefined; // hosts without the theme API throw on access
  }
  return { language: languageFromLocale(context?.displayLanguage), dark: isDarkTheme(theme) };
}
