import { Fragment, useId, type ReactNode } from 'react';
import type { DateOrder, ImportFormat, ImportPreview } from '../../../../../shared/contract/imports';
import { formatCount, plural } from '../../../lib/format-count';
import { countRows, dateOrderText, needsDateOrder, problemsHeading } from './import-text';
import { ProblemsList } from './problems-list';
import { SampleTable } from './sample-table';

interface DateOrderChoiceProps {
  orders: readonly DateOrder[];
  chosen: DateOrder | null;
  onChoose: (order: DateOrder) => void;
}

/** Dates like 03/04/2025 fit two orders; Paydesk asks rather than guesses. */
function DateOrderChoice({ orders, chosen, onChoose }: DateOrderChoiceProps): ReactNode {
  const name = useId();
  return (
    <fieldset className="date-order" role="radiogroup" aria-required="true">
      <legend>Dates in this file are</legend>
      <p className="hint">Every date in the file reads either way, so Paydesk needs you to say which. Required.</p>
      {orders.map((order) => (
        <label key={order} className="check">
          <input type="radio" name={name} value={order} checked={chosen === order} onChange={() => onChoose(order)} />
          {dateOrderText(order)}
        </label>
      ))}
    </fieldset>
  );
}

interface PreviewViewProps {
  preview: ImportPreview;
  format: ImportFormat;
  dateOrder: DateOrder | null;
  onDateOrder: (order: DateOrder) => void;
}

/** What the file holds, what an import would write, and everything wrong with it. */
export function PreviewView({ preview, format, dateOrder, onDateOrder }: PreviewViewProps): ReactNode {
  return (
    <div className="import-preview">
      <p role="status" className="preview-summary">
        <strong>{preview.fileName}</strong>: {plural(preview.rowCount, 'row', 'rows')}, {problemsHeading(preview.problemCount).toLowerCase()}.
      </p>
      <SampleTable fileName={preview.fileName} columns={preview.columns} rows={preview.sampleRows} />
      <h4>Would import</h4>
      <dl className="facts import-counts">
        {countRows(preview.counts).map((row) => (
          <Fragment key={row.label}>
            <dt>{row.label}</dt>
            <dd>{formatCount(row.value)}</dd>
          </Fragment>
        ))}
      </dl>
      {needsDateOrder(preview, format) && (
        <DateOrderChoice orders={preview.dateOrders} chosen={dateOrder} onChoose={onDateOrder} />
      )}
      <ProblemsList problems={preview.problems} total={preview.problemCount} />
    </div>
  );
}
