/**
 * Which columns of a table stay when it is too narrow for all of them. A column's `priority` says
 * how much it matters: 1 stays at every width, higher numbers go first (2 when unset). The first
 * column names the row and never goes. Among columns of the same priority the rightmost goes first,
 * so the order a table reads in is kept as long as possible.
 */
export interface Prioritised {
  header: string;
  priority?: number;
}

/** The priority a column without one has: it may go, after the ones marked less important. */
export const DEFAULT_PRIORITY = 2;

/** Below this width (CSS pixels) of the table's own box, rows are shown as cards, one per row. */
export const CARD_WIDTH = 480;

/** The narrowest a column of cut names may get (CSS pixels) before another column goes instead. */
export const MIN_NAME_WIDTH = 160;

const priorityOf = (column: Prioritised, index: number) =>
  index === 0 ? 1 : Math.max(1, Math.floor(column.priority ?? DEFAULT_PRIORITY));

/** The indices of the columns that may go, in the order they go. */
export function dropOrder(columns: readonly Prioritised[]): number[] {
  return columns
    .map((column, index) => ({ index, priority: priorityOf(column, index) }))
    .filter((c) => c.priority > 1)
    .sort((a, b) => b.priority - a.priority || b.index - a.index)
    .map((c) => c.index);
}

/** What a table shows after `dropped` columns went: the kept indices in order, and the gone ones' headers. */
export interface Fit {
  shown: number[];
  hidden: string[];
  /** True when every column that may go is gone: a still-too-wide table has nothing left to give. */
  exhausted: boolean;
}

/** The columns kept when the `dropped` least important ones go (clamped to those that may go). */
export function fitColumns(columns: readonly Prioritised[], dropped: number): Fit {
  const order = dropOrder(columns);
  const count = Math.min(Math.max(0, Math.floor(dropped)), order.length);
  const gone = new Set(order.slice(0, count));
  return {
    shown: columns.map((_, index) => index).filter((index) => !gone.has(index)),
    hidden: columns.filter((_, index) => gone.has(index)).map((column) => column.header),
    exhausted: count === order.length,
  };
}

/** The sentence under a table that lost columns: which ones, and where they still are. */
export function hiddenColumnsNote(hidden: readonly string[], where: string): string {
  if (hidden.length === 0) return '';
  const names = hidden.length === 1 ? hidden[0] : `${hidden.slice(0, -1).join(', ')} and ${hidden[hidden.length - 1]}`;
  return `${names} ${hidden.length === 1 ? 'is' : 'are'} not shown at this width: ${where}`;
}
