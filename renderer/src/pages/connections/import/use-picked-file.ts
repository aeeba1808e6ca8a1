import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import type { ApiError } from '../../../../../shared/contract/errors';
import { useFileSource } from '../../../api/client-context';
import { toApiError } from '../../../api/error-text';
import type { PreparedFile } from '../../../api/file-source';
import { headerColumns } from './csv-header';

export interface PickedFile extends PreparedFile {
  /** Column names from the file's first line, for the mapping editor before any preview. */
  headerColumns: string[];
}

/** Enough of the file for its header line, however wide. */
const HEAD_BYTES = 64 * 1024;

async function readHeader(file: File): Promise<string[]> {
  try {
    return headerColumns(await file.slice(0, HEAD_BYTES).text());
  } catch {
    // Only a convenience for the mapping editor, which falls back to typed column names.
    return [];
  }
}

/**
 * Makes a picked file readable by the Node side (its path, or an upload) and reads its header.
 * A mutation, so a second pick simply supersedes the first and its result is ignored.
 */
export function usePickedFile(): UseMutationResult<PickedFile, ApiError, File> {
  const fileSource = useFileSource();
  return useMutation<PickedFile, ApiError, File>({
    mutationFn: async (file) => {
      try {
        const [prepared, columns] = await Promise.all([fileSource.prepare(file), readHeader(file)]);
        return { ...prepared, headerColumns: columns };
      } catch (error) {
        throw toApiError(error);
      }
    },
  });
}
