import { ApiError } from '../../api/api-error.js';
import type { Dataset } from '../../api/types.js';
import type { UploadProgress } from '../../api/upload.js';
import { formatCount } from '../../ui/format.js';
import { DATASET_TYPES } from '../../ui/labels.js';
import { charCount } from '../../ui/text.js';
import { mappingProblem, type Mapping } from '../../ui/dataset-layouts.js';

/** The upload form's fields, named as the server names them in field errors. */
export type UploadField = 'name' | 'description' | 'type' | 'file' | 'mapping';

/** The fields in the order the form shows them: the first invalid one gets focus. */
export const UPLOAD_FIELDS: readonly UploadField[] = ['name', 'description', 'type', 'file', 'mapping'];

export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 2000;

/** The file extensions the server takes, and the file picker's `accept` filter for them. */
export const DATASET_EXTENSIONS: readonly string[] = ['.csv', '.json', '.jsonl'];
export const DATASET_ACCEPT = DATASET_EXTENSIONS.join(',');

/** What the form holds; `name` and `description` as typed (validation trims them). */
export interface UploadValues {
  name: string;
  description: string;
  type: string;
  file: File | null;
  /** The columns found in the head of the file (null until read, or when its first record is not whole there). */
  columns?: string[] | null;
  /** What the run trains on: detected from the columns, or chosen. */
  mapping?: Mapping | null;
}

/** One message per invalid field. */
export type UploadErrors = Partial<Record<UploadField, string>>;

/** Server errors sorted out: those for a field of the form, and the rest (shown above the button). */
export interface ServerErrors {
  fields: UploadErrors;
  other: string[];
}

/** True for a file name the server takes (`.csv`, `.json`, `.jsonl`, any case). */
export function isDatasetFile(fileName: string): boolean {
  const name = fileName.toLowerCase();
  return DATASET_EXTENSIONS.some((extension) => name.endsWith(extension));
}

function tooLong(max: number, length: number, what: string): string {
  return `Use at most ${formatCount(max)} characters; this ${what} has ${formatCount(length)}.`;
}

function fileError(file: File | null): string | undefined {
  if (!file) return 'Choose a file to upload.';
  if (!isDatasetFile(file.name)) return `“${file.name}” is not a .csv, .json or .jsonl file.`;
  if (file.size === 0) return `“${file.name}” is empty. Choose a file with at least one record.`;
  return undefined;
}

/** Checks the form as the server will: an empty result means Upload may be pressed. */
export function validateUpload(values: UploadValues): UploadErrors {
  const errors: UploadErrors = {};
  const name = values.name.trim();
  const description = values.description.trim();
  if (name === '') errors.name = 'Enter a dataset name.';
  else if (charCount(name) > NAME_MAX) errors.name = tooLong(NAME_MAX, charCount(name), 'name');
  if (charCount(description) > DESCRIPTION_MAX) {
    errors.description = tooLong(DESCRIPTION_MAX, charCount(description), 'description');
  }
  if (!DATASET_TYPES.some((choice) => choice.value === values.type)) errors.type = 'Choose a dataset type.';
  const file = fileError(values.file);
  if (file) errors.file = file;
  else if (values.columns?.length) {
    const mapping = mappingProblem(values.mapping ?? null, values.columns);
    if (mapping) errors.mapping = mapping;
  }
  return errors;
}

/** The first field, in form order, that has an error; null when none has. */
export function firstInvalid(errors: UploadErrors): UploadField | null {
  return UPLOAD_FIELDS.find((field) => errors[field]) ?? null;
}

/**
 * Puts a failed upload's field errors on the fields they name. A 413 is about the file, so its
 * sentence goes next to File. Errors for no known field are kept for the form to show.
 */
export function serverErrors(error: ApiError): ServerErrors {
  const fields: UploadErrors = {};
  const other: string[] = [];
  const lines = error.fieldErrors.filter(({ field }) => field === 'file').map(({ message }) => message);
  if (lines.length > 1) {
    // Bad records, by line: the list goes above Upload, the file field says how many.
    other.push(...lines);
    fields.file = "Records of this file have problems; they are listed below, by line.";
  }
  for (const { field, message } of error.fieldErrors) {
    if (field === 'file' && lines.length > 1) continue;
    if ((UPLOAD_FIELDS as readonly string[]).includes(field)) {
      const key = field as UploadField;
      fields[key] = fields[key] ? `${fields[key]} ${message}` : message;
    } else {
      other.push(message);
    }
  }
  if (error.status === 413 && !fields.file) fields.file = error.detail;
  return { fields, other };
}

/** The status after an upload: `Uploaded “Support chats”: 1,204 rows.` */
export function uploadedMessage(dataset: Dataset, locale?: string): string {
  const name = `“${dataset.name || dataset.id}”`;
  const rows = dataset.rowCount;
  if (typeof rows !== 'number' || !Number.isFinite(rows)) return `Uploaded ${name}. Its rows are still being counted.`;
  return `Uploaded ${name}: ${formatCount(rows, locale)} ${rows === 1 ? 'row' : 'rows'}.`;
}

/** Whole percent sent, 0..100; null when the size is unknown. */
export function progressPercent(progress: UploadProgress): number | null {
  const { loaded, total } = progress;
  if (total === null || !(total > 0)) return null;
  return Math.min(100, Math.max(0, Math.floor((loaded / total) * 100)));
}
