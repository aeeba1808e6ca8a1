import type { ConnectorKind, ConnectorSummary } from '../../../../../shared/contract/connectors';
import { assertNever } from '../../../lib/assert-never';
import { statusText } from '../connector-text';

/** The words that differ between the two connect forms. */
export interface ConnectFormText {
  title: string;
  secretLabel: string;
  /** The Connect button's accessible name: two buttons read "Connect", this tells them apart. */
  connectName: string;
  /** What was being attempted, for the error heading. */
  doing: string;
}

export function connectFormText(kind: ConnectorKind): ConnectFormText {
  switch (kind) {
    case 'gateway':
      return {
        title: 'Payment gateway (Stripe)',
        secretLabel: 'Secret key',
        connectName: 'Connect payment gateway',
        doing: 'Connecting the payment gateway',
      };
    case 'billing':
      return {
        title: 'Billing system (Xero)',
        secretLabel: 'Access token',
        connectName: 'Connect billing system',
        doing: 'Connecting the billing system',
      };
    default:
      return assertNever(kind);
  }
}

/** "Connected Stripe: Healthy": the server checks the account before answering, so say how it went. */
export function connectedText(summary: ConnectorSummary): string {
  return `Connected ${summary.name}: ${statusText(summary.health)}`;
}

/** The confirm step's question; the key is named because that is what cannot be undone. */
export function removeQuestion(name: string): string {
  return `Remove ${name}? Its saved key is deleted from this computer.`;
}
