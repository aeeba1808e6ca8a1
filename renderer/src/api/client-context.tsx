import { createContext, useContext, type ReactNode } from 'react';
import type { Client } from '../../../shared/contract/client';
import type { FileSource } from './file-source';

const ClientContext = createContext<Client | null>(null);
const FileSourceContext = createContext<FileSource | null>(null);

interface ClientProviderProps {
  client: Client;
  /** How picked files reach the Node side; chosen with the transport. */
  fileSource: FileSource;
  children: ReactNode;
}

export function ClientProvider({ client, fileSource, children }: ClientProviderProps): ReactNode {
  return (
    <ClientContext.Provider value={client}>
      <FileSourceContext.Provider value={fileSource}>{children}</FileSourceContext.Provider>
    </ClientContext.Provider>
  );
}

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient needs a <ClientProvider> above it');
  return client;
}

export function useFileSource(): FileSource {
  const fileSource = useContext(FileSourceContext);
  if (!fileSource) throw new Error('useFileSource needs a <ClientProvider> above it');
  return fileSource;
}
