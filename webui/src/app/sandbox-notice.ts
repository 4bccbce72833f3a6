/** Where the first-visit sandbox notice remembers it was dismissed. */
export const NOTICE_KEY = 'slm-workbench.sandbox-notice-dismissed';

/** True once the user dismissed the notice in this browser; storage that cannot be read counts as not. */
export function noticeDismissed(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): boolean {
  try {
    return storage?.getItem(NOTICE_KEY) === 'true';
  } catch {
    return false;
  }
}

/** Remembers the dismissal; when storage refuses, the notice is gone for this visit only. */
export function dismissNotice(storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(NOTICE_KEY, 'true');
  } catch {
    // Private mode or a full quota: nothing to remember it in.
  }
}

/** The sandbox pill's explanation, as text (never hover-only). */
export const SANDBOX_EXPLANATION =
  'Runs, metrics, loss curves and fine-tuned models are simulated by the embedded sandbox Training API: no model is trained.';

/** The page that says how to connect a real Training API. */
export const CONNECT_HREF = '/connect';
