import { rawRequest } from './raw-request';

/** A GET whose status is all that matters, with exactly these headers (a forged Host included). */
export async function rawGet(port: number, path: string, headers: Record<string, string>): Promise<number> {
  return (await rawRequest(port, 'GET', path, headers)).status;
}
