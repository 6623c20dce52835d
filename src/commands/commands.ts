/**
 * The ribbon's function file. Samkost's only ribbon button opens the task pane (ShowTaskpane in
 * manifest.xml), so there is no function command to register; the file must still load and
 * report ready, or Office shows the button as broken.
 */
Office.onReady(() => undefined);
