/**
 * Text lengths as a person (and the server) counts them: characters are code points, so an emoji
 * is one, not the two UTF-16 units `String.length` and `maxlength` count.
 */

/** How many characters `text` has. */
export function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** The first `max` characters of `text`, never half of one. */
export function firstChars(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  let count = 0;
  for (const char of text) {
    if (count === max) break;
    end += char.length;
    count++;
  }
  return text.slice(0, end);
}
