/**
 * The preview's query parameters: which workbook to start from, the simulated Office display
 * language and theme. Unknown values fall back to the defaults rather than failing.
 */
import { isLanguage, type Language } from '../i18n/language';

export const PREVIEW_SAMPLES = ['knutepunkt', 'dalsland', 'empty', 'broken', 'tie'] as const;
export type PreviewSample = (typeof PREVIEW_SAMPLES)[number];

export interface PreviewParams {
  readonly sample: PreviewSample;
  readonly language: Language;
  readonly theme: 'light' | 'dark';
  /** The task pane's width in CSS px, as the user drags it in Excel (280–800; default 380). */
  readonly paneWidth: number;
}

const PANE_WIDTH = { min: 280, max: 800, default: 380 };

/** The Office display language (a locale tag) the preview simulates for a Samkost language. */
export const OFFICE_LOCALES: Readonly<Record<Language, string>> = {
  nb: 'nb-NO',
  sv: 'sv-SE',
  en: 'en-US',
  es: 'es-ES',
};

/** `?sample=knutepunkt|dalsland|empty|broken|tie&lang=nb|sv|en|es&theme=dark&width=320` */
function paneWidth(text: string | null): number {
  const width = Number(text ?? '');
  return Number.isInteger(width) && width >= PANE_WIDTH.min && width <= PANE_WIDTH.max
    ? width
    : PANE_WIDTH.default;
}

export function previewParams(search: string): PreviewParams {
  const query = new URLSearchParams(search);
  const sample = query.get('sample') ?? '';
  const language = (query.get('lang') ?? '').toLowerCase();
  return {
    sample: (PREVIEW_SAMPLES as readonly string[]).includes(sample)
      ? (sample as PreviewSample)
      : 'knutepunkt',
    language: isLanguage(language) ? language : 'en',
    theme: query.get('theme') === 'dark' ? 'dark' : 'light',
    paneWidth: paneWidth(query.get('width')),
  };
}
