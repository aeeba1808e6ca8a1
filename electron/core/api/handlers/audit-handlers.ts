import { createAuditExport } from '../../audit/audit-export';
import { verifyAudit } from '../../audit/audit-log';
import { listAudit } from '../../audit/audit-query';
import { ExportStore, exportsDirIn } from '../../export/export-store';
import type { Handlers } from '../dispatch';
import { type HandlerContext, requireWorkspace } from './handler-context';

type AuditHandlers = Pick<Handlers, 'operator.get' | 'operator.choose' | 'audit.list' | 'audit.verify' | 'audit.export'>;

/** The audit trail and the operator whose name it carries. Everything here works offline. */
export function auditHandlers(context: HandlerContext): AuditHandlers {
  const store = new ExportStore(exportsDirIn(context.info.dataDir));
  return {
    'operator.get': () => requireWorkspace(context).operator.current(),
    'operator.choose': ({ name }) => {
      const workspace = requireWorkspace(context);
      const profile = workspace.operator.choose(name);
      workspace.announce(['settings', 'audit_log']);
      return profile;
    },
    'audit.list': ({ filter, offset, limit }) => listAudit(requireWorkspace(context).db, filter, offset, limit),
    'audit.verify': () => verifyAudit(requireWorkspace(context).db),
    'audit.export': ({ format }) => {
      requireWorkspace(context);
      return createAuditExport(format, { store, databasePath: context.info.databasePath, now: new Date() });
    },
  };
}
