import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/contract/errors';
import {
  createBridgeFileSource,
  createUploadFileSource,
  uploadReceiptFromReply,
  uploadUrl,
} from '../../../renderer/src/api/file-source';
import type { FetchLike } from '../../../renderer/src/api/http-transport';

const UPLOAD_ID = '0b7e6c1e-2f4a-4d3b-9c1a-5e8f7a6b3c2d';
const receipt = { uploadId: UPLOAD_ID, fileName: 'report.csv', bytes: 12 };
const file = new File(['id,amount\n1,2\n'], 'report;1 é.csv', { type: 'text/csv' });

describe('upload replies', () => {
  it('accepts the server receipt', () => {
    expect(uploadReceiptFromReply(200, JSON.stringify({ ok: true, value: receipt }))).toEqual({ ok: true, value: receipt });
  });

  it('passes on the server refusal', () => {
    const refusal = { ok: false, error: { code: 'validation', message: 'The file is larger than 50 MB.' } };
    expect(uploadReceiptFromReply(200, JSON.stringify(refusal))).toEqual(refusal);
  });

  it('reports a receipt it cannot read, and non-envelope replies by status', () => {
    const odd = uploadReceiptFromReply(200, JSON.stringify({ ok: true, value: { uploadId: 'nope' } }));
    expect(odd.ok).toBe(false);
    const forbidden = uploadReceiptFromReply(403, 'Forbidden\n');
    expect(forbidden.ok === false && forbidden.error.message).toMatch(/refused this console/);
    const gateway = uploadReceiptFromReply(502, '<html>');
    expect(gateway.ok === false && gateway.error.code).toBe('connection');
  });

  it('escapes the file name in the address', () => {
    expect(uploadUrl('report;1 é.csv')).toBe('/api/upload?name=report%3B1%20%C3%A9.csv');
  });
});

describe('the upload file source', () => {
  it('posts the bytes as octet-stream on the same origin and refers to the upload by id', async () => {
    const fetch = vi.fn<FetchLike>(() => Promise.resolve(new Response(JSON.stringify({ ok: true, value: receipt }))));
    const source = createUploadFileSource(fetch);
    expect(source.uploads).toBe(true);
    await expect(source.prepare(file)).resolves.toEqual({ source: { kind: 'upload', uploadId: UPLOAD_ID }, fileName: 'report.csv' });
    expect(fetch).toHaveBeenCalledWith('/api/upload?name=report%3B1%20%C3%A9.csv', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: file,
    });
  });

  it('throws the refusal as an ApiError with its code', async () => {
    const refusal = { ok: false, error: { code: 'validation', message: 'Too large' } };
    const source = createUploadFileSource(() => Promise.resolve(new Response(JSON.stringify(refusal))));
    await expect(source.prepare(file)).rejects.toEqual(new ApiError('validation', 'Too large'));
  });

  it('says the service is unreachable when the request never gets an answer', async () => {
    const source = createUploadFileSource(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(source.prepare(file)).rejects.toMatchObject({ code: 'offline' });
  });
});

describe('the desktop file source', () => {
  it('hands over the path the preload finds', async () => {
    const source = createBridgeFileSource({ pathForFile: () => '/home/ann/report.csv' });
    expect(source.uploads).toBe(false);
    await expect(source.prepare(file)).resolves.toEqual({ source: { kind: 'path', path: '/home/ann/report.csv' }, fileName: file.name });
  });

  it('explains a file that is not on disk, and a preload that throws', async () => {
    await expect(createBridgeFileSource({ pathForFile: () => '' }).prepare(file)).rejects.toMatchObject({ code: 'validation' });
    const throwing = createBridgeFileSource({
      pathForFile: () => {
        throw new Error('not a File');
      },
    });
    await expect(throwing.prepare(file)).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('not a File') });
  });
});
