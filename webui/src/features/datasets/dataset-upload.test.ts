import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.js';
import type { Dataset } from '../../api/types.js';
import {
  firstInvalid,
  isDatasetFile,
  progressPercent,
  serverErrors,
  uploadedMessage,
  validateUpload,
  type UploadValues,
} from './dataset-upload.js';

const file = (name: string, content = 'prompt,response\nhi,hello\n') => new File([content], name);
const valid = (): UploadValues => ({
  name: 'Support chats',
  description: '',
  type: 'training',
  file: file('chats.csv'),
});

describe('validateUpload', () => {
  it('accepts a complete form', () => {
    expect(validateUpload(valid())).toEqual({});
    expect(validateUpload({ ...valid(), type: 'evaluation', file: file('EVAL.JSONL') })).toEqual({});
  });

  it('needs a name, trimmed, of at most 200 characters', () => {
    expect(validateUpload({ ...valid(), name: '   ' }).name).toBe('Enter a dataset name.');
    expect(validateUpload({ ...valid(), name: ` ${'x'.repeat(200)} ` }).name).toBeUndefined();
    expect(validateUpload({ ...valid(), name: 'x'.repeat(201) }).name).toBe(
      'Use at most 200 characters; this name has 201.',
    );
  });

  it('takes a description of at most 2,000 characters', () => {
    expect(validateUpload({ ...valid(), description: 'y'.repeat(2000) }).description).toBeUndefined();
    expect(validateUpload({ ...valid(), description: 'y'.repeat(2104) }).description).toMatch(
      /at most 2,000 characters; this description has 2,104/,
    );
  });

  it('counts characters as the server does: an emoji is one', () => {
    const emoji = '\u{1F600}';
    expect(validateUpload({ ...valid(), name: emoji.repeat(200), description: emoji.repeat(2000) })).toEqual({});
    expect(validateUpload({ ...valid(), description: emoji.repeat(2001) }).description).toMatch(
      /this description has 2,001/,
    );
  });

  it('needs a known dataset type', () => {
    expect(validateUpload({ ...valid(), type: '' }).type).toBe('Choose a dataset type.');
    expect(validateUpload({ ...valid(), type: 'test' }).type).toBe('Choose a dataset type.');
  });

  it('needs a non-empty .csv, .json or .jsonl file', () => {
    expect(validateUpload({ ...valid(), file: null }).file).toBe('Choose a file to upload.');
    expect(validateUpload({ ...valid(), file: file('notes.txt') }).file).toBe(
      '“notes.txt” is not a .csv, .json or .jsonl file.',
    );
    expect(validateUpload({ ...valid(), file: file('empty.json', '') }).file).toMatch(/“empty.json” is empty/);
    expect(isDatasetFile('a.csv.exe')).toBe(false);
    expect(isDatasetFile('a.Json')).toBe(true);
  });

  it('names the first invalid field in form order', () => {
    expect(firstInvalid(validateUpload({ ...valid(), file: null, name: '' }))).toBe('name');
    expect(firstInvalid(validateUpload({ ...valid(), file: null, type: '' }))).toBe('type');
    expect(firstInvalid({})).toBeNull();
  });
});

describe('serverErrors', () => {
  it('puts field errors on their fields and keeps the rest', () => {
    const error = new ApiError(400, 'The dataset is not valid', 'Fix the marked fields.', [
      { field: 'file', message: 'The first record is not valid JSON.' },
      { field: 'name', message: 'Enter a name.' },
      { field: 'name', message: 'Names are unique.' },
      { field: 'owner', message: 'Unknown owner.' },
    ]);
    expect(serverErrors(error)).toEqual({
      fields: { file: 'The first record is not valid JSON.', name: 'Enter a name. Names are unique.' },
      other: ['Unknown owner.'],
    });
  });

  it('puts the sentence of a 413 next to the file', () => {
    const error = new ApiError(413, 'File too large', 'The file is larger than the 2 GiB limit.');
    expect(serverErrors(error)).toEqual({ fields: { file: 'The file is larger than the 2 GiB limit.' }, other: [] });
  });

  it('leaves an error without field errors to the form', () => {
    expect(serverErrors(new ApiError(502, 'Bad gateway', 'Try again.'))).toEqual({ fields: {}, other: [] });
  });
});

describe('upload messages', () => {
  const dataset = (rowCount: number | null) => ({ id: 'ds-1', name: 'Support chats', rowCount }) as Dataset;

  it('names the dataset and its row count', () => {
    expect(uploadedMessage(dataset(1204), 'en-US')).toBe('Uploaded “Support chats”: 1,204 rows.');
    expect(uploadedMessage(dataset(1), 'en-US')).toBe('Uploaded “Support chats”: 1 row.');
    expect(uploadedMessage(dataset(null))).toBe('Uploaded “Support chats”. Its rows are still being counted.');
  });

  it('turns progress into a whole percent, or null when the size is unknown', () => {
    expect(progressPercent({ loaded: 0, total: 1000 })).toBe(0);
    expect(progressPercent({ loaded: 426, total: 1000 })).toBe(42);
    expect(progressPercent({ loaded: 1000, total: 1000 })).toBe(100);
    expect(progressPercent({ loaded: 10, total: null })).toBeNull();
    expect(progressPercent({ loaded: 10, total: 0 })).toBeNull();
  });
});
