import { Fragment, useState, type ReactNode } from 'react';
import type { AuditEntry } from '../../../../shared/contract/audit';
import { formatCount } from '../../lib/format-count';
import { auditTime, entityText, prettyJson } from './audit-text';

const COLUMNS = 7;

function EntryDetails({ entry }: { entry: AuditEntry }): ReactNode {
  return (
    <div className="audit-details">
      <div className="audit-states">
        <section aria-label={`Before, entry ${entry.seq}`}>
          <h3>Before</h3>
          <pre className="audit-json">{prettyJson(entry.beforeJson)}</pre>
        </section>
        <section aria-label={`After, entry ${entry.seq}`}>
          <h3>After</h3>
          <pre className="audit-json">{prettyJson(entry.afterJson)}</pre>
        </section>
      </div>
      <dl className="facts audit-hashes">
        <dt>Follows</dt>
        <dd className="mono">{entry.prevHash}</dd>
        <dt>Hash</dt>
        <dd className="mono">{entry.hash}</dd>
      </dl>
    </div>
  );
}

/** One page of entries; each opens to show its state before and after and its place in the chain. */
export function AuditTable({ rows }: { rows: readonly AuditEntry[] }): ReactNode {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (seq: number): void => {
    const next = new Set(open);
    if (!next.delete(seq)) next.add(seq);
    setOpen(next);
  };
  return (
    <table className="table audit-table">
      <caption className="visually-hidden">Audit trail entries, newest first</caption>
      <thead>
        <tr>
          <th scope="col" className="recon-num">
            #
          </th>
          <th scope="col">Time</th>
          <th scope="col">Actor</th>
          <th scope="col">Action</th>
          <th scope="col">About</th>
          <th scope="col">Reason</th>
          <th scope="col">
            <span className="visually-hidden">Details</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((entry) => {
          const expanded = open.has(entry.seq);
          const detailsId = `audit-entry-${entry.seq}`;
          return (
            <Fragment key={entry.seq}>
              <tr className={expanded ? 'audit-row audit-row-open' : 'audit-row'}>
                <td className="recon-num">{formatCount(entry.seq)}</td>
                <td className="audit-time">
                  <time dateTime={entry.at}>{auditTime(entry.at)}</time>
                </td>
                <td>{entry.actor}</td>
                <td className="mono audit-action">{entry.action}</td>
                <td>{entityText(entry)}</td>
                <td>{entry.reason ?? ''}</td>
                <td>
                  <button
                    type="button"
                    className="button button-small"
                    aria-expanded={expanded}
                    aria-controls={expanded ? detailsId : undefined}
                    aria-label={`${expanded ? 'Hide' : 'Show'} before and after of entry ${entry.seq}`}
                    onClick={() => toggle(entry.seq)}
                  >
                    {expanded ? 'Hide' : 'Details'}
                  </button>
                </td>
              </tr>
              {expanded && (
                <tr id={detailsId} className="audit-details-row">
                  <td colSpan={COLUMNS}>
                    <EntryDetails entry={entry} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
