/**
 * A copy of a string that shares no memory with the text it was cut from. V8 makes a slice of
 * 13 characters or more point into its parent, so an id kept in a Map for a whole import would
 * keep the 256 KiB piece of the file it came from alive: a million ids, the whole file.
 * Concatenating then slicing forces a fresh flat copy (about 0.1 µs).
 */
export function ownString(text: string): string {
  return `${text} `.slice(0, -1);
}
