/**
 * `npm start` without Excel: a fake workbook and a fake Office around the real task pane.
 * See ./params.ts for the query parameters.
 */
import { createRoot } from 'react-dom/client';
import { FakeWorkbook } from './fakeExcel';
import { previewParams } from './params';
import { Preview } from './Preview';
import { previewSheets } from './samples';

async function start(): Promise<void> {
  const container = document.getElementById('container');
  if (!container) return;
  const params = previewParams(window.location.search);
  const workbook = FakeWorkbook.fromTableSheets(await previewSheets(params.sample));
  createRoot(container).render(
    <Preview
      workbook={workbook}
      initialLanguage={params.language}
      theme={params.theme}
      paneWidth={params.paneWidth}
    />,
  );
}

void start();
