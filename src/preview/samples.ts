/** The workbook the preview starts from, by its `?sample=` name. Loaded lazily, one at a time. */
import type { TableSheet } from '../engine/table';
import { brokenSample } from './brokenSample';
import type { PreviewSample } from './params';

export async function previewSheets(sample: PreviewSample): Promise<readonly TableSheet[]> {
  switch (sample) {
    case 'empty':
      return [];
    case 'dalsland':
      return (await import('../samples/dalsland')).dalslandSample;
    case 'knutepunkt':
      return (await import('../samples/knutepunkt')).knutepunktSample;
    case 'tie':
      return (await import('../samples/tieSample')).tieSample;
    case 'broken':
      return brokenSample((await import('../samples/knutepunkt')).knutepunktSample);
  }
}
