import { newDraft, type ExperimentDraft, type Picked } from './experiment-wizard.js';

/** Where the Train Model draft lives for the length of the tab's session. */
export const DRAFT_KEY = 'slm-workbench.train-draft';

/** A new idempotency key; one per draft. */
export function newKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `k-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

const text = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback);

function picked(value: unknown): Picked | null {
  const p = value as Partial<Picked> | null;
  if (!p || typeof p.id !== 'string' || p.id === '') return null;
  const kept: Picked = { id: p.id, name: text(p.name, p.id) };
  if (typeof p.kind === 'string' || p.kind === null) kept.kind = p.kind;
  if (typeof p.layout === 'string') kept.layout = p.layout;
  return kept;
}

/** The stored draft, read defensively; a missing or unreadable one becomes a new draft with a new key. */
export function loadDraft(storage: Storage = sessionStorage): ExperimentDraft {
  let raw: Record<string, unknown> | null = null;
  try {
    raw = JSON.parse(storage.getItem(DRAFT_KEY) ?? 'null') as Record<string, unknown> | null;
  } catch {
    raw = null;
  }
  if (!raw || typeof raw !== 'object' || typeof raw.key !== 'string' || raw.key === '') return newDraft(newKey());
  const fresh = newDraft(raw.key);
  return {
    key: raw.key,
    name: text(raw.name),
    description: text(raw.description),
    goal: text(raw.goal),
    baseModel: picked(raw.baseModel),
    trainingDataset: picked(raw.trainingDataset),
    evaluationDataset: picked(raw.evaluationDataset),
    learningRate: text(raw.learningRate, fresh.learningRate),
    epochs: text(raw.epochs, fresh.epochs),
    batchSize: text(raw.batchSize, fresh.batchSize),
    ...(raw.pairAcknowledged === true ? { pairAcknowledged: true } : {}),
  };
}

/** Keeps the draft, key included, so a reload (even during a launch) resumes it. */
export function saveDraft(draft: ExperimentDraft, storage: Storage = sessionStorage): void {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the wizard still works, it just will not survive a reload.
  }
}

/** Forgets the draft after a successful launch; the next draft gets a new key. */
export function clearDraft(storage: Storage = sessionStorage): void {
  storage.removeItem(DRAFT_KEY);
}
