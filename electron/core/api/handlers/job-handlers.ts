import { basename } from 'node:path';
import type { ImportSource } from '../../../../shared/contract/imports';
import { ApiError } from '../../../../shared/contract/errors';
import type { JobOutcome } from '../../jobs/job-context';
import { syncAndAudit } from '../../sync';
import type { Handlers } from '../dispatch';
import { type HandlerContext, requireConnector, requireWorkspace, type WorkspaceServices } from './handler-context';

type JobHandlers = Pick<
  Handlers,
  'sync.start' | 'import.preview' | 'import.start' | 'mappings.list' | 'mappings.save' | 'mappings.delete' | 'jobs.list' | 'jobs.cancel'
>;

export function jobHandlers(context: HandlerContext): JobHandlers {
  return {
    'sync.start': ({ connectorIds }) => startSync(requireWorkspace(context), connectorIds),
    'import.preview': ({ source, format }) => requireWorkspace(context).imports.preview(source, format),
    'import.start': ({ source, format }) => {
      const workspace = requireWorkspace(context);
      return workspace.jobs.start('import', `Import ${fileNameOf(workspace, source)}`, async (job) =>
        workspace.monitor.afterJob(await workspace.recon.afterJob(await auditAnnounced(workspace, workspace.imports.run(source, format, job)), job)),
      );
    },
    'mappings.list': () => requireWorkspace(context).imports.mappings.list(),
    'mappings.save': ({ mapping }) => {
      const workspace = requireWorkspace(context);
      const saved = workspace.imports.mappings.save(mapping);
      workspace.announce(['audit_log']);
      return saved;
    },
    'mappings.delete': ({ name }) => {
      const workspace = requireWorkspace(context);
      const deleted = workspace.imports.mappings.delete(name);
      if (deleted) workspace.announce(['audit_log']);
      return { deleted };
    },
    'jobs.list': () => requireWorkspace(context).jobs.list(),
    'jobs.cancel': ({ jobId }) => {
      const progress = requireWorkspace(context).jobs.cancel(jobId);
      if (!progress) throw new ApiError('not_found', `There is no job "${jobId}".`);
      return progress;
    },
  };
}

/**
 * Starts a sync of the given connectors (all by default). One sync at a time: asking again while
 * one runs answers the running one rather than racing it over the same cursors.
 */
export function startSync(workspace: WorkspaceServices, connectorIds?: readonly string[]): ReturnType<WorkspaceServices['jobs']['start']> {
  const running = workspace.jobs.runningOfKind('sync');
  if (running) return running;
  const connectors = connectorIds
    ? connectorIds.map((id) => requireConnector(workspace, id))
    : workspace.directory.list();
  if (connectors.length === 0) throw new ApiError('not_found', 'There is no connector to sync.');
  const title = `Sync ${connectors.map((connector) => connector.name).join(' and ')}`;
  return workspace.jobs.start('sync', title, async (job) => {
    const synced = syncAndAudit({ db: workspace.db, connectors, failures: workspace.connectors, actor: workspace.operator.actor }, job);
    return workspace.monitor.afterJob(await workspace.recon.afterJob(await auditAnnounced(workspace, synced), job));
  });
}

/**
 * A job that failed has still written its audit entry; a finished one names audit_log among
 * its tables. Either way the Audit page hears of it.
 */
async function auditAnnounced<T extends JobOutcome>(workspace: WorkspaceServices, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    workspace.announce(['audit_log']);
    throw error;
  }
}

function fileNameOf(workspace: WorkspaceServices, source: ImportSource): string {
  if (source.kind === 'path') return basename(source.path);
  return workspace.uploads.find(source.uploadId)?.fileName ?? 'uploaded file';
}
