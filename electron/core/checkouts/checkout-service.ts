import type { CheckoutDay, CheckoutFilter, CheckoutPage, CheckoutRange, CheckoutSettings, Funnel } from '../../../shared/contract/checkouts';
import type { ExportFile } from '../../../shared/contract/reconcile';
import type { TableName } from '../../../shared/contract/tables';
import type { Database } from '../db/database';
import { writeCsv } from '../export/csv-writer';
import type { ExportStore } from '../export/export-store';
import { eachAbandoned, listAbandoned } from './checkout-list';
import { checkoutDays, checkoutFunnel } from './checkout-funnel';
import { CheckoutSettingsRepo } from './checkout-settings';
import { recoveryTable } from './recovery-export';

export interface CheckoutServiceOptions {
  db: Database;
  actor: () => string;
  now?: () => Date;
  announce: (tables: TableName[]) => void;
}

/** Abandoned checkouts for the Checkouts page, the overview and the CLI, from the local cache. */
export class CheckoutService {
  readonly settings: CheckoutSettingsRepo;
  private readonly now: () => Date;

  constructor(private readonly options: CheckoutServiceOptions) {
    this.settings = new CheckoutSettingsRepo(options.db);
    this.now = options.now ?? ((): Date => new Date());
  }

  list(filter: CheckoutFilter, offset: number, limit: number): CheckoutPage {
    return listAbandoned(this.options.db, filter, this.cutoff(), offset, limit);
  }

  funnel(range: CheckoutRange): Funnel {
    return checkoutFunnel(this.options.db, range, this.cutoff());
  }

  days(range: CheckoutRange): CheckoutDay[] {
    return checkoutDays(this.options.db, range, this.cutoff());
  }

  exportRecovery(filter: CheckoutFilter, store: ExportStore): Promise<ExportFile> {
    const now = this.now();
    const rows = eachAbandoned(this.options.db, filter, this.cutoff());
    return store.create(`paydesk-abandoned-checkouts-${now.toISOString().slice(0, 10)}.csv`, 'csv', (path) => writeCsv(path, recoveryTable(rows)), now);
  }

  configure(next: CheckoutSettings): CheckoutSettings {
    const saved = this.settings.save(next, this.options.actor(), this.now());
    this.options.announce(['settings', 'audit_log']);
    return saved;
  }

  /** Open sessions started before this count as abandoned. */
  cutoff(): string {
    return this.settings.cutoff(this.now());
  }
}
