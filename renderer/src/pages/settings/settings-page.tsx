import type { ReactNode } from 'react';
import { Page } from '../../components/page';
import { AppInfoPanel } from './app-info-panel';
import { MappingsPanel } from './mappings/mappings-panel';
import { SandboxPanel } from './sandbox-panel';
import { WebhookPanel } from './webhook-panel';

export function SettingsPage(): ReactNode {
  return (
    <Page title="Settings">
      <SandboxPanel />
      <MappingsPanel />
      <WebhookPanel />
      <AppInfoPanel />
    </Page>
  );
}
