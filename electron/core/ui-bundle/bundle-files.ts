import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface BundleFile {
  path: string;
  contentType: string;
}

/**
 * Maps a URL path to a file of the built UI, for the Electron protocol and the browser console.
 * Anything that would climb out of the bundle folder, or is not a known asset type, is null.
 */
export function resolveBundleFile(root: string, urlPath: string): BundleFile | null {
  let relative: string;
  try {
    relative = urlPath === '/' ? 'index.html' : decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    return null;
  }
  const base = normalize(root);
  const path = normalize(join(base, relative));
  const contentType = CONTENT_TYPES[extname(path)];
  if (!path.startsWith(base + sep) || !contentType) return null;
  return { path, contentType };
}

export interface LoadedBundleFile {
  body: Buffer;
  contentType: string;
}

/** Reads a file of the built UI, or null when there is no such file in the bundle. */
export async function readBundleFile(root: string, urlPath: string): Promise<LoadedBundleFile | null> {
  const file = resolveBundleFile(root, urlPath);
  if (!file) return null;
  try {
    return { body: await readFile(file.path), contentType: file.contentType };
  } catch {
    return null;
  }
}
