/**
 * Which columns of a dataset a run trains on: the layouts the server recognises, each with its
 * roles, detected from the column names found in the head of the file (read in the browser, so
 * the form can show and change the mapping before anything is sent). Mirrors the BFF's
 * `FieldMapping.detect`; the server checks every record against the mapping it is sent.
 */

import { kindInfo, type DatasetKind, type Mapping } from '../../ui/dataset-layouts.js';

export {
  describeMapping, describeSchema, describeSkipped, KINDS, kindInfo, mappingField, mappingProblem, type DatasetKind, type KindInfo,
  type Mapping,
} from '../../ui/dataset-layouts.js';

/** The usual names of each layout's columns, most specific layouts first (as the server has them). */
const CANDIDATES: readonly { kind: DatasetKind; names: Record<string, readonly string[]> }[] = [
  { kind: 'chat', names: { messages: ['messages', 'conversations'] } },
  { kind: 'preference', names: { prompt: ['prompt', 'question', 'instruction', 'input'], chosen: ['chosen'], rejected: ['rejected'] } },
  { kind: 'instruction', names: { instruction: ['instruction'], input: ['input', 'context'], output: ['output'] } },
  { kind: 'prompt_completion', names: {
    prompt: ['prompt', 'input', 'question', 'instruction', 'query', 'source'],
    completion: ['completion', 'output', 'answer', 'response', 'expected', 'target', 'label', 'reference', 'chosen'] } },
  { kind: 'text', names: { text: ['text', 'content', 'document'] } },
];

/** The mapping the column names suggest, or null when none has a usual name. */
export function detectMapping(columns: readonly string[]): Mapping | null {
  const byLower = new Map<string, string>();
  for (const column of columns) {
    const key = column.trim().toLowerCase();
    if (!byLower.has(key)) byLower.set(key, column);
  }
  for (const candidate of CANDIDATES) {
    const fields: Record<string, string> = {};
    const used = new Set<string>();
    let complete = true;
    for (const { role, optional } of kindInfo(candidate.kind).roles) {
      const found = candidate.names[role].map((name) => byLower.get(name)).find((c) => c !== undefined && !used.has(c));
      if (found !== undefined) {
        fields[role] = found;
        used.add(found);
      } else if (!optional) {
        complete = false;
        break;
      }
    }
    if (complete) return { kind: candidate.kind, fields };
  }
  if (columns.length === 1) return { kind: 'text', fields: { text: columns[0] } };
  return null;
}

/**
 * The column names in the head of a file: a CSV's header (quotes, a BOM and CRLF understood), the
 * keys of the first JSON Lines record or of the first object of a JSON array. Empty when the head
 * holds no whole first record.
 */
export function readColumns(head: string, format: 'csv' | 'json' | 'jsonl'): string[] {
  const text = head.replace(/^\uFEFF/, '');
  if (format === 'csv') return csvHeader(text);
  if (format === 'jsonl') {
    const line = text.split('\n').find((l) => l.trim() !== '');
    return line ? keysOf(line) : [];
  }
  const start = text.indexOf('{');
  if (start < 0 || text.slice(0, start).trim() !== '[') return [];
  const end = objectEnd(text, start);
  return end < 0 ? [] : keysOf(text.slice(start, end + 1));
}

function keysOf(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  } catch {
    return [];
  }
}

/** Where the object starting at `start` closes (strings and escapes understood), or -1. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function csvHeader(text: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === ',') {
      fields.push(field.trim());
      field = '';
    } else if (c === '\n') {
      fields.push(field.trim());
      return fields.every((f) => f === '') ? [] : fields;
    } else if (c !== '\r') field += c;
  }
  // No line break within the head: the header may go on, so it is not known yet.
  return [];
}
