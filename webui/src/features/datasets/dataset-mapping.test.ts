import { describe, expect, it } from 'vitest';
import { describeMapping, describeSchema, describeSkipped, detectMapping, mappingField, mappingProblem, readColumns } from './dataset-mapping.js';

describe('readColumns', () => {
  it('reads a CSV header with a BOM, quotes and CRLF', () => {
    expect(readColumns('\uFEFFquestion,"an, ""answer""",x\r\n1,2,3\r\n', 'csv')).toEqual(['question', 'an, "answer"', 'x']);
  });
  it('reads a quoted header name that holds a line break', () => {
    expect(readColumns('"multi\nline",b\n1,2\n', 'csv')).toEqual(['multi\nline', 'b']);
  });
  it('does not guess a header that has not ended', () => {
    expect(readColumns('a,b,c', 'csv')).toEqual([]);
  });
  it('reads the keys of the first JSON Lines record, past blank lines and CRLF', () => {
    expect(readColumns('\n\r\n{"prompt":"Hi","completion":"Yo"}\r\n{"x":1}', 'jsonl')).toEqual(['prompt', 'completion']);
  });
  it('reads the keys of the first object of a JSON array, even when the array goes on past the head', () => {
    expect(readColumns(' [ {"messages":[{"role":"user","content":"a } b"}]}, {"messages": [', 'json')).toEqual(['messages']);
    expect(readColumns('{"not":"an array"}', 'json')).toEqual([]);
    expect(readColumns('[{"open": "never', 'json')).toEqual([]);
  });
});

describe('detectMapping', () => {
  it.each([
    [['messages'], 'chat', { messages: 'messages' }],
    [['prompt', 'chosen', 'rejected'], 'preference', { prompt: 'prompt', chosen: 'chosen', rejected: 'rejected' }],
    [['instruction', 'input', 'output'], 'instruction', { instruction: 'instruction', input: 'input', output: 'output' }],
    [['prompt', 'completion', 'category'], 'prompt_completion', { prompt: 'prompt', completion: 'completion' }],
    [['Question', 'Answer'], 'prompt_completion', { prompt: 'Question', completion: 'Answer' }],
    [['input', 'output'], 'prompt_completion', { prompt: 'input', completion: 'output' }],
    [['instruction', 'response'], 'prompt_completion', { prompt: 'instruction', completion: 'response' }],
    [['id', 'text'], 'text', { text: 'text' }],
    [['body'], 'text', { text: 'body' }],
    // two candidate mappings: the usual prompt/completion names win
    [['question', 'answer', 'prompt', 'completion'], 'prompt_completion', { prompt: 'prompt', completion: 'completion' }],
  ])('%j is %s', (columns, kind, fields) => {
    expect(detectMapping(columns)).toEqual({ kind, fields });
  });
  it('proposes nothing for columns with no usual name', () => {
    expect(detectMapping(['a', 'b'])).toBeNull();
  });
});

describe('a mapping', () => {
  it('reads as a sentence and goes to the server as JSON', () => {
    const mapping = { kind: 'prompt_completion' as const, fields: { prompt: 'question', completion: 'answer' } };
    expect(describeMapping(mapping)).toBe('Prompt: question · Target: answer');
    expect(JSON.parse(mappingField(mapping))).toEqual({ kind: 'prompt_completion', fields: { prompt: 'question', completion: 'answer' } });
  });
  it('says what is missing', () => {
    expect(mappingProblem(null, ['a'])).toBe('Choose which columns the run trains on.');
    expect(mappingProblem({ kind: 'prompt_completion', fields: { prompt: 'a' } }, ['a', 'b'])).toBe('Choose the column for target.');
    expect(mappingProblem({ kind: 'instruction', fields: { instruction: 'a', output: 'b' } }, ['a', 'b'])).toBeNull();
    expect(mappingProblem({ kind: 'text', fields: { text: 'z' } }, ['a'])).toBe('The file has no column “z”.');
  });
});

describe('a dataset\'s schema', () => {
  it('says what the records hold, or that they were not checked', () => {
    expect(describeSchema({ kind: 'instruction', fields: { instruction: 'instruction', input: 'input', output: 'output' } }))
      .toBe('Instruction, input and output — Instruction: instruction · Input: input · Output: output');
    expect(describeSchema(undefined)).toBe('Not checked (this Training API does not keep what the upload checks found)');
    expect(describeSkipped({ skipped: 2, problems: [{ line: 2 }, { line: 4 }] })).toBe('2 (lines 2, 4)');
    expect(describeSkipped({ skipped: 0 })).toBeNull();
  });
});
