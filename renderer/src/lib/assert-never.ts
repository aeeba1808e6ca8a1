/** Makes a switch exhaustive: adding a case to a union fails to compile until it is handled. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
