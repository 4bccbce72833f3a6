/**
 * The layouts a dataset's records may hold (as the BFF's upload checks name them), with their
 * roles, and how a dataset's layout reads on a page. Shared: the Datasets page maps uploads with
 * them, the wizard shows and compares the layouts of the datasets it is given.
 */

export type DatasetKind = 'chat' | 'prompt_completion' | 'instruction' | 'preference' | 'text';

export interface KindInfo {
  kind: DatasetKind;
  label: string;
  /** Roles in order; `optional` ones may be left without a column. */
  roles: readonly { role: string; label: string; optional?: boolean }[];
}

export const KINDS: readonly KindInfo[] = [
  { kind: 'prompt_completion', label: 'Prompt and completion', roles: [
    { role: 'prompt', label: 'Prompt' }, { role: 'completion', label: 'Target' }] },
  { kind: 'instruction', label: 'Instruction, input and output', roles: [
    { role: 'instruction', label: 'Instruction' }, { role: 'input', label: 'Input', optional: true },
    { role: 'output', label: 'Output' }] },
  { kind: 'chat', label: 'Chat messages', roles: [{ role: 'messages', label: 'Messages' }] },
  { kind: 'preference', label: 'Preference pairs', roles: [
    { role: 'prompt', label: 'Prompt' }, { role: 'chosen', label: 'Chosen' }, { role: 'rejected', label: 'Rejected' }] },
  { kind: 'text', label: 'Raw text', roles: [{ role: 'text', label: 'Text' }] },
];

export interface Mapping {
  kind: DatasetKind;
  /** Role to column name. */
  fields: Record<string, string>;
}

export function kindInfo(kind: DatasetKind): KindInfo {
  return KINDS.find((k) => k.kind === kind)!;
}

/** “Prompt: question · Target: answer”. */
export function describeMapping(mapping: Mapping): string {
  return kindInfo(mapping.kind).roles
    .filter(({ role }) => mapping.fields[role])
    .map(({ role, label }) => `${label}: ${mapping.fields[role]}`)
    .join(' · ');
}

/** A dataset's `schema` as the drawer shows it: its layout and columns, or that it was not checked. */
export function describeSchema(schema: { kind?: string; fields?: Record<string, string> } | null | undefined): string {
  if (!schema?.kind) return 'Not checked (this Training API does not keep what the upload checks found)';
  const info = KINDS.find((k) => k.kind === schema.kind);
  if (!info) return schema.kind;
  const described = describeMapping({ kind: info.kind, fields: schema.fields ?? {} });
  return described ? `${info.label} — ${described}` : info.label;
}

/** "2 (lines 2, 4)": the bad records left out of a dataset, or null when none were. */
export function describeSkipped(schema: { skipped?: number | null; problems?: { line?: number }[] | null } | null | undefined): string | null {
  const skipped = schema?.skipped ?? 0;
  if (!(skipped > 0)) return null;
  const lines = (schema?.problems ?? []).map((p) => p.line).filter((l): l is number => typeof l === 'number');
  return lines.length ? `${skipped} (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}${lines.length < skipped ? ', …' : ''})` : `${skipped}`;
}

/** Why the mapping cannot be sent as it is, or null when it can. */
export function mappingProblem(mapping: Mapping | null, columns: readonly string[]): string | null {
  if (!mapping) return 'Choose which columns the run trains on.';
  for (const { role, label, optional } of kindInfo(mapping.kind).roles) {
    const column = mapping.fields[role];
    if (!column) {
      if (!optional) return `Choose the column for ${label.toLowerCase()}.`;
    } else if (!columns.includes(column)) {
      return `The file has no column “${column}”.`;
    }
  }
  return null;
}

/** The `mapping` form field, as the server reads it. */
export function mappingField(mapping: Mapping): string {
  const fields: Record<string, string> = {};
  for (const { role } of kindInfo(mapping.kind).roles) if (mapping.fields[role]) fields[role] = mapping.fields[role];
  return JSON.stringify({ kind: mapping.kind, fields });
}
