// Must stay the first import: it configures zod before any contract schema is created.
import './zod-jitless';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../../shared/contract/client';
import { ClientProvider } from './api/client-context';
import { createQueryClient } from './api/query-client';
import { selectFileSource, selectTransport } from './api/select-transport';
import { App } from './app/app';
import './styles/base.css';
import './styles/shell.css';
import './styles/content.css';
import './styles/connections.css';
import './styles/imports.css';
import './styles/reconciliation-workbench.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const client = createClient(selectTransport());
const fileSource = selectFileSource();
const queryClient = createQueryClient();

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ClientProvider client={client} fileSource={fileSource}>
        <App />
      </ClientProvider>
    </QueryClientProvider>
  </StrictMode>,
);
