import { describe, expect, it } from 'vitest';
import {
  etaText,
  jobOutcome,
  jobStateText,
  progressValue,
  rateText,
  recordsText,
  runningFacts,
} from '../../../renderer/src/pages/connections/jobs/job-text';
import { job } from './job-fixtures';

describe('job progress text', () => {
  it('counts records, with the total once it is known', () => {
    expect(recordsText({ recordsDone: 0, recordsTotal: null }, 'en-US')).toBe('0 records');
    expect(recordsText({ recordsDone: 1, recordsTotal: null }, 'en-US')).toBe('1 record');
    expect(recordsText({ recordsDone: 1200, recordsTotal: 5000 }, 'en-US')).toBe('1,200 of 5,000 records');
  });

  it('gives slow rates a decimal and fast ones none', () => {
    expect(rateText(null)).toBeNull();
    expect(rateText(2.46, 'en-US')).toBe('2.5 records/s');
    expect(rateText(0.04, 'en-US')).toBe('0 records/s');
    expect(rateText(1234.4, 'en-US')).toBe('1,234 records/s');
  });

  it('rounds the time left the way a person would say it', () => {
    expect(etaText(null)).toBeNull();
    expect(etaText(0.2)).toBe('less than a second left');
    expect(etaText(12.1)).toBe('about 13 s left');
    expect(etaText(59.5)).toBe('about 60 s left');
    expect(etaText(61)).toBe('about 1 min left');
    expect(etaText(3 * 60 + 40)).toBe('about 4 min left');
    expect(etaText(3600)).toBe('about 1 h left');
    expect(etaText(3600 + 5 * 60)).toBe('about 1 h 5 min left');
  });

  it('joins the running facts, leaving out what is not known', () => {
    expect(runningFacts(job({ recordsDone: 10 }), 'en-US')).toBe('10 records');
    expect(runningFacts(job({ recordsDone: 500, recordsTotal: 2000, ratePerSecond: 250, etaSeconds: 6 }), 'en-US')).toBe(
      '500 of 2,000 records · 250 records/s · about 6 s left',
    );
  });

  it('makes the bar indeterminate without a total, and full for an empty total', () => {
    expect(progressValue({ recordsDone: 5, recordsTotal: null })).toBeNull();
    expect(progressValue({ recordsDone: 5, recordsTotal: 20 })).toEqual({ value: 5, max: 20 });
    expect(progressValue({ recordsDone: 25, recordsTotal: 20 })).toEqual({ value: 20, max: 20 });
    expect(progressValue({ recordsDone: 0, recordsTotal: 0 })).toEqual({ value: 1, max: 1 });
  });
});

describe('job outcome', () => {
  it('has none while running', () => {
    expect(jobOutcome(job())).toBeNull();
    expect(jobStateText('running')).toBe('Running');
  });

  it('passes on the service message for success and cancel', () => {
    expect(jobOutcome(job({ state: 'succeeded', message: 'Synced 1,204 records.' }))).toEqual({
      tone: 'good',
      text: 'Synced 1,204 records.',
      advice: null,
    });
    expect(jobOutcome(job({ state: 'cancelled', message: null }))).toEqual({ tone: 'neutral', text: 'Cancelled.', advice: null });
    expect(jobStateText('succeeded')).toBe('Completed');
  });

  it('names the failure class and what to do about it', () => {
    const outcome = jobOutcome(job({ state: 'failed', message: 'connect ECONNREFUSED', failureClass: 'connection' }));
    expect(outcome?.tone).toBe('bad');
    expect(outcome?.text).toBe('Failed (connection issue): connect ECONNREFUSED');
    expect(outcome?.advice).toMatch(/reachable/);
    expect(jobOutcome(job({ state: 'failed', message: 'disk full' }))).toEqual({ tone: 'bad', text: 'Failed: disk full', advice: null });
  });
});
