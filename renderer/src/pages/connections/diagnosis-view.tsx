import type { ReactNode } from 'react';
import type { Diagnosis } from '../../../../shared/contract/diagnosis';
import { diagnosisSummary, stageRows } from './diagnosis-text';

/** The connection test's stages in order, the one that failed highlighted, and what to do. */
export function DiagnosisView({ diagnosis, connectorName }: { diagnosis: Diagnosis; connectorName: string }): ReactNode {
  const passed = diagnosis.failedStage === null;
  return (
    <div className="diagnosis">
      <h3>Connection test</h3>
      <p role="status" className={`diagnosis-summary ${passed ? 'tone-good' : 'tone-bad'}`}>
        {diagnosisSummary(diagnosis)}
      </p>
      <table className="table stage-table">
        <caption className="visually-hidden">Connection test stages for {connectorName}</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Result</th>
            <th scope="col">Detail</th>
            <th scope="col">Time</th>
          </tr>
        </thead>
        <tbody>
          {stageRows(diagnosis).map((row) => (
            <tr key={row.stage} className={row.failed ? 'stage-failed' : `stage-${row.status}`}>
              <th scope="row">{row.label}</th>
              <td className="stage-result">
                <span aria-hidden="true" className="stage-symbol">
                  {row.symbol}
                </span>{' '}
                {row.word}
              </td>
              <td className="stage-detail">{row.detail}</td>
              <td className="stage-time">{row.time}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {diagnosis.advice !== '' && (
        <p className={passed ? 'advice advice-ok' : 'advice'}>
          <span className="advice-label">{passed ? 'Note: ' : 'What to do: '}</span>
          {diagnosis.advice}
        </p>
      )}
    </div>
  );
}
