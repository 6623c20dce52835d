/** The add-in's task pane entry: wait for Office, read its language and theme, render. */
import { createRoot } from 'react-dom/client';
import { officeEnvironment } from './environment';
import { createService } from './services';
import { TaskPane } from './TaskPane';

Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  const { language, dark } = officeEnvironment();
  createRoot(container).render(
    <TaskPane service={createService()} language={language} dark={dark} />,
  );
});
