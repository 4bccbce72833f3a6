import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generate, SNAPSHOT, TYPES } from '../../../scripts/gen-api.mjs';

describe('generated BFF types', () => {
  it('are what openapi-typescript makes of the committed OpenAPI snapshot', async () => {
    const expected = await generate(await readFile(SNAPSHOT, 'utf8'));
    const committed = await readFile(TYPES, 'utf8');
    // On failure: `npm run gen:api` rewrites bff.d.ts from bff-openapi.json; commit both.
    expect(committed, 'bff.d.ts is stale: run `npm run gen:api` in webui/').toBe(expected);
  });

  it('change when the snapshot changes', async () => {
    const snapshot = JSON.parse(await readFile(SNAPSHOT, 'utf8'));
    snapshot.components.schemas.Dataset.required = ['id', 'rowCount'];
    const changed = await generate(JSON.stringify(snapshot));
    expect(changed).not.toBe(await readFile(TYPES, 'utf8'));
    expect(changed).toMatch(/Dataset: \{[^}]*\n\s+id: string;/);
  });
});
