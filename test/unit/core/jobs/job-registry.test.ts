import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../../electron/core/api/event-bus';
import { TransmissionError } from '../../../../electron/core/connectors/transmission-error';
import { openDatabase } from '../../../../electron/core/db/open-database';
import { sql } from '../../../../electron/core/db/sql';
import { throwIfCancelled } from '../../../../electron/core/jobs/job-context';
import { JobRegistry } from '../../../../electron/core/jobs/job-registry';
import type { PushedEvent } from '../../../../shared/contract/events';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const quiet = { info: () => undefined, error: () => undefined };

function setUp() {
  const opened = openDatabase(join(tempDir(), 'paydesk.db'));
  if (opened.state !== 'ready') throw new Error('expected ready');
  const bus = new EventBus();
  const events: PushedEvent[] = [];
  bus.subscribe((event) => events.push(event));
  return { db: opened.db, bus, events, jobs: new JobRegistry(opened.db, bus, quiet) };
}

describe('JobRegistry', () => {
  it('runs work, pushes its progress and the tables it changed, and records the run', async () => {
    const { db, events, jobs } = setUp();
    const started = jobs.start('import', 'Import payments.csv', async (context) => {
      context.progress({ phase: 'Saving', recordsDone: 10, recordsTotal: 10, pagesDone: 1 });
      return { message: 'Imported 10 payments', summary: { added: 10 }, tables: ['payments'] };
    });
    expect(started.state).toBe('running');
    const finished = await jobs.settled(started.jobId);
    expect(finished).toMatchObject({ state: 'succeeded', message: 'Imported 10 payments', recordsDone: 10, pagesDone: 1 });
    const names = events.map((event) => event.name);
    expect(names[0]).toBe('job.progress');
    expect(events.at(-1)).toEqual({ name: 'data.changed', payload: { tables: ['payments'] } });
    expect(jobs.list()[0]).toMatchObject({ jobId: started.jobId, state: 'succeeded', recordsDone: 10 });
    db.close();
  });

  it('cancels work that checks its signal, keeping what it reported', async () => {
    const { db, jobs } = setUp();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started = jobs.start('sync', 'Sync', async (context) => {
      context.progress({ phase: 'Payments', recordsDone: 100 });
      await gate;
      throwIfCancelled(context.signal);
      return { message: 'done', summary: null, tables: [] };
    });
    jobs.cancel(started.jobId);
    release();
    const finished = await jobs.settled(started.jobId);
    expect(finished?.state).toBe('cancelled');
    expect(finished?.recordsDone).toBe(100);
    db.close();
  });

  it('keeps the failure class of a transmission failure', async () => {
    const { db, jobs } = setUp();
    const started = jobs.start('sync', 'Sync', async () => {
      throw new TransmissionError('connection', 'GET /v1/charges', 'The connection was refused');
    });
    expect(await jobs.settled(started.jobId)).toMatchObject({
      state: 'failed',
      failureClass: 'connection',
      message: 'The connection was refused',
    });
    db.close();
  });

  it('marks runs cut off by a crash as interrupted when it starts again', () => {
    const { db, bus } = setUp();
    db.run(sql`INSERT INTO job_runs (id, kind, title, state, started_at) VALUES ('job_crashed1', 'sync', 'Sync', 'running', '2026-11-20T10:00:00.000Z')`);
    const jobs = new JobRegistry(db, bus, quiet);
    expect(jobs.list()[0]).toMatchObject({ jobId: 'job_crashed1', state: 'failed' });
    expect(jobs.list()[0]?.message).toMatch(/^Interrupted/);
    db.close();
  });
});

describe('JobRegistry after a partial failure', () => {
  it('still announces the tables the work changed before it failed', async () => {
    const { db, events, jobs } = setUp();
    const started = jobs.start('sync', 'Sync', async () => {
      throw Object.assign(new TransmissionError('system', 'GET /v1/charges', 'HTTP 503'), { tables: ['payments'] });
    });
    await jobs.settled(started.jobId);
    expect(events.at(-1)).toEqual({ name: 'data.changed', payload: { tables: ['payments'] } });
    db.close();
  });
});
