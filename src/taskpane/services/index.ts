/**
 * The production wiring: the Office.js adapter, the engine worker, and lazily loaded templates
 * and samples. The preview uses the same wiring over its fake Office.
 */
import { excelWorkbook } from '../../workbook/excel';
import { workerEngine } from './engineClient';
import { browserStorage, storedIdentity } from './identity';
import { samkostService, type SamkostService } from './samkostService';

export type { SamkostService, RunStep, TablesReport } from './samkostService';
export { PaneError } from './errors';

/** The service for the running pane: Excel through Office.js, the engine in a Web Worker. */
export function createService(): SamkostService {
  return samkostService({
    workbook: excelWorkbook(),
    engine: workerEngine(
      () => new Worker(new URL('../engine.worker.ts', import.meta.url), { name: 'samkost-engine' }),
    ),
    template: async (language) => (await import('../../engine/template')).inputTemplate(language),
    sample: async () => (await import('../../samples/knutepunkt')).knutepunktSample,
    // Copied beside the pane's HTML by the build; the worker cannot know the page's base URL.
    wasmUrl: new URL('highs.wasm', document.baseURI).href,
    identity: storedIdentity(browserStorage(), workbookUrl()),
  });
}

/** The open workbook's URL, the key its scorer's name is remembered under ('' when unsaved). */
function workbookUrl(): string {
  try {
    return Office.context.document.url ?? '';
  } catch {
    return '';
  }
}
