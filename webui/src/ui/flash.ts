/** A confirmation for the next page to show once, e.g. after a launch navigates to the new experiment. */
let pending: { path: string; message: string } | null = null;

/** Leaves a message for the page at `path`. */
export function setFlash(path: string, message: string): void {
  pending = { path, message };
}

/** The message left for `path`, once; null otherwise. */
export function takeFlash(path: string): string | null {
  if (!pending || pending.path !== path) return null;
  const { message } = pending;
  pending = null;
  return message;
}
