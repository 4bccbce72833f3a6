/** The evaluations table's optional columns, in the order they appear after the metrics. */
export const OPTIONAL_COLUMNS = [
  { key: 'evalLoss', label: 'Evaluation loss' },
  { key: 'learningRate', label: 'Learning rate' },
  { key: 'epochs', label: 'Epochs' },
  { key: 'batchSize', label: 'Batch size' },
] as const;

export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number]['key'];

/** Where the choice is remembered (per browser, across visits). */
export const COLUMNS_KEY = 'slm-workbench.evaluations.columns';

const KEYS: readonly string[] = OPTIONAL_COLUMNS.map((c) => c.key);

/** Only known columns, once each, in the table's order. */
function canonical(keys: readonly string[]): OptionalColumn[] {
  return OPTIONAL_COLUMNS.map((c) => c.key).filter((k) => keys.includes(k));
}

/** The columns chosen earlier; none when nothing was kept, storage is blocked or what was kept is unreadable. */
export function readColumns(storage: Pick<Storage, 'getItem'> | null = globalThis.localStorage ?? null): OptionalColumn[] {
  try {
    const raw = storage?.getItem(COLUMNS_KEY);
    if (!raw) return [];
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? canonical(parsed.filter((k): k is string => typeof k === 'string' && KEYS.includes(k))) : [];
  } catch {
    return [];
  }
}

/** Remembers the choice; a browser that refuses storage (private mode, quota) keeps it for this page only. */
export function writeColumns(chosen: readonly OptionalColumn[], storage: Pick<Storage, 'setItem'> | null = globalThis.localStorage ?? null): void {
  try {
    storage?.setItem(COLUMNS_KEY, JSON.stringify(canonical(chosen)));
  } catch {
    // not remembered, still shown
  }
}

/** The choice after showing or hiding one column. */
export function toggleColumn(chosen: readonly OptionalColumn[], key: OptionalColumn, on: boolean): OptionalColumn[] {
  return canonical(on ? [...chosen, key] : chosen.filter((k) => k !== key));
}
