/**
 * Who the council member at this pane is, remembered per workbook in the browser's storage
 * (`localStorage`, keyed by the workbook's URL). Not in the document's settings: those travel with
 * the file, so the next member to open a shared council workbook would be taken for the last.
 */

/** The part of `Storage` used here; tests hand in a Map-backed one. */
export interface NameStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface IdentityStore {
  read(): string | null;
  remember(name: string): void;
}

const PREFIX = 'samkost.scorer:';

/** Storage that forgets (no browser storage, e.g. blocked by policy): the name lasts this session. */
export function memoryStorage(): NameStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}

/** The member's name for the workbook `workbookKey` (its URL; '' for a workbook never saved). */
export function storedIdentity(storage: NameStorage, workbookKey: string): IdentityStore {
  const key = `${PREFIX}${workbookKey}`;
  return {
    read: () => {
      const name = storage.getItem(key)?.trim() ?? '';
      return name === '' ? null : name;
    },
    remember: (name) => storage.setItem(key, name.trim()),
  };
}

/** The browser's storage when the pane may use it, else one that lasts the session. */
export function browserStorage(): NameStorage {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // Storage access can throw where the host blocks it: fall through.
  }
  return memoryStorage();
}
