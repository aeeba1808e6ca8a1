/** Reads until `done` holds (a job finished, a row appeared), or gives up after a few seconds. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, attempts = 200): Promise<T> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('condition not reached');
}
