// Call and event names without their schemas, for the preload: it exposes exactly these as
// named functions and must stay small enough to audit at a glance.

export const CALL_NAMES = [
  'app.info',
  'connectors.list',
  'connectors.check',
  'connectors.configure',
  'connectors.connectXero',
  'connectors.remove',
  'connectors.diagnose',
  'connectors.failureCounts',
  'sync.start',
  'import.preview',
  'import.start',
  'mappings.list',
  'mappings.save',
  'mappings.delete',
  'jobs.list',
  'jobs.cancel',
  'sandbox.status',
  'sandbox.setFaults',
  'recon.summary',
  'recon.listItems',
  'recon.item',
  'recon.raw',
  'recon.candidates',
  'recon.decide',
  'recon.bulk',
  'recon.undo',
  'recon.run',
  'recon.periods',
  'recon.bridge',
  'recon.closePeriod',
  'recon.export',
  'outbox.summary',
  'outbox.list',
  'outbox.detail',
  'outbox.forItem',
  'outbox.act',
  'outbox.postItem',
  'operator.get',
  'operator.choose',
  'audit.list',
  'audit.verify',
  'audit.export',
  'outbox.resendEvents',
  'webhook.get',
  'webhook.configure',
  'webhook.remove',
  'checkouts.list',
  'checkouts.funnel',
  'checkouts.days',
  'checkouts.exportRecovery',
  'checkouts.settings',
  'checkouts.configure',
  'overview.metrics',
  'alerts.list',
  'alerts.acknowledge',
  'alerts.snooze',
] as const;
export type CallName = (typeof CALL_NAMES)[number];

export const EVENT_NAMES = ['data.changed', 'job.progress', 'alert.raised'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export function isCallName(name: string): name is CallName {
  return (CALL_NAMES as readonly string[]).includes(name);
}

export function isEventName(name: string): name is EventName {
  return (EVENT_NAMES as readonly string[]).includes(name);
}
