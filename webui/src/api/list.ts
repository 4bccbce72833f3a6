/** What a list call asks for: search, sort (`-` = descending), paging and filters such as `type`. */
export type ListQuery = Record<string, string | number | undefined> & {
  q?: string;
  sort?: string;
  offset?: number;
  limit?: number;
};

/** One page of a list and how many items the whole list has. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** `/api/datasets?q=chat&offset=25`: the path with every non-empty parameter. */
export function listPath(path: string, query: ListQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function isItem(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

/** Reads `{items, total}` (or a bare array), keeping only items with an id. */
export function toPage<T>(raw: unknown): Page<T> {
  const body = (typeof raw === 'object' && raw !== null ? raw : {}) as { items?: unknown; total?: unknown };
  const list = Array.isArray(raw) ? raw : Array.isArray(body.items) ? body.items : [];
  const items = list.filter(isItem) as T[];
  const total = typeof body.total === 'number' && Number.isFinite(body.total) ? body.total : items.length;
  return { items, total };
}

/** The item itself when it is an object with an id, else null. */
export function toItem<T>(raw: unknown): T | null {
  return isItem(raw) ? (raw as T) : null;
}
