import { describe, expect, it } from 'vitest';
import { describeOutcome, readAuditReport } from './audit';

// The shape npm 7+ prints for `npm audit --json` (auditReportVersion 2), trimmed to what we read.
const report = (vulnerabilities: object, counts: object) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } } });

describe('readAuditReport', () => {
  it('is clean when nothing is high or critical, and still counts the rest', () => {
    const stdout = report(
      { '@opentelemetry/core': { name: '@opentelemetry/core', severity: 'moderate', via: [{ title: 'Unbounded allocation', severity: 'moderate', range: '<2.8.0' }] } },
      { moderate: 1, total: 1 },
    );
    const outcome = readAuditReport(stdout);
    expect(outcome.kind).toBe('clean');
    expect(describeOutcome(outcome)).toBe('npm audit: no high or critical advisories (0 info, 0 low, 1 moderate, 0 high, 0 critical).');
  });

  it('lists each high or critical package with its advisory, and follows indirect ones', () => {
    const stdout = report(
      {
        'extract-zip': {
          name: 'extract-zip',
          severity: 'high',
          range: '<=2.0.1',
          via: [{ title: 'Symlink path traversal', severity: 'high', range: '<=2.0.1', url: 'https://github.com/advisories/GHSA-jmr9-qjv8-65gv' }],
        },
        '@puppeteer/browsers': { name: '@puppeteer/browsers', severity: 'high', via: ['extract-zip'] },
      },
      { high: 2, total: 2 },
    );
    const outcome = readAuditReport(stdout);
    expect(outcome.kind).toBe('vulnerable');
    const text = describeOutcome(outcome);
    expect(text).toContain('2 package(s) with high or critical advisories');
    expect(text).toContain('extract-zip [high]: Symlink path traversal (high, <=2.0.1) https://github.com/advisories/GHSA-jmr9-qjv8-65gv');
    expect(text).toContain('@puppeteer/browsers [high]: through extract-zip');
  });

  it('says the audit could not run when the endpoint refuses it (as this workplace does), never "clean"', () => {
    const stdout = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    });
    const outcome = readAuditReport(stdout);
    expect(outcome).toEqual({ kind: 'unavailable', reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk (HTTP 405)' });
    expect(describeOutcome(outcome)).toContain('npm audit could not run');
  });

  it('treats output that is not JSON as unavailable, quoting it', () => {
    expect(readAuditReport('npm ERR! network timeout')).toEqual({ kind: 'unavailable', reason: 'npm audit did not print JSON: npm ERR! network timeout' });
  });
});
