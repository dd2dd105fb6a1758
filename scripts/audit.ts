/**
 * `npm run audit`: `npm audit --audit-level=high`, read from its JSON so the three outcomes are
 * told apart instead of all ending as "exit 1":
 *   0  the advisory database answered and nothing is high or critical;
 *   1  it answered and something is high or critical (each one listed with its advisory);
 *   2  it could not be asked (this workplace's registry mirror refuses the audit endpoint with
 *      405), so nothing is known: docs/security-review.md holds the last manual review instead.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';

interface AuditAdvisory {
  title?: string;
  url?: string;
  severity?: Severity;
  range?: string;
  name?: string;
}

interface AuditReportJson {
  auditReportVersion?: number;
  vulnerabilities?: Record<string, { name: string; severity: Severity; via: (AuditAdvisory | string)[]; range?: string }>;
  metadata?: { vulnerabilities?: Partial<Record<Severity | 'total', number>> };
  message?: string;
  statusCode?: number;
  error?: { summary?: string; detail?: string };
}

export type AuditOutcome =
  | { kind: 'clean'; counts: Record<Severity, number> }
  | { kind: 'vulnerable'; counts: Record<Severity, number>; findings: string[] }
  | { kind: 'unavailable'; reason: string };

const SEVERITIES: Severity[] = ['info', 'low', 'moderate', 'high', 'critical'];
const BLOCKING: ReadonlySet<Severity> = new Set(['high', 'critical']);

/** What `npm audit --json` printed, as one of the three outcomes. Pure: the tests feed it text. */
export function readAuditReport(stdout: string): AuditOutcome {
  let report: AuditReportJson;
  try {
    report = JSON.parse(stdout) as AuditReportJson;
  } catch {
    return { kind: 'unavailable', reason: `npm audit did not print JSON: ${stdout.trim().slice(0, 200) || '(nothing)'}` };
  }
  if (report.auditReportVersion === undefined || report.vulnerabilities === undefined) {
    const reason = report.message ?? report.error?.summary ?? 'npm audit gave no report';
    return { kind: 'unavailable', reason: report.statusCode ? `${reason} (HTTP ${report.statusCode})` : reason };
  }
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, report.metadata?.vulnerabilities?.[s] ?? 0])) as Record<Severity, number>;
  const findings = Object.values(report.vulnerabilities)
    .filter((v) => BLOCKING.has(v.severity))
    .map((v) => {
      const advisories = v.via
        .filter((via): via is AuditAdvisory => typeof via !== 'string')
        .map((a) => `${a.title ?? 'advisory'} (${a.severity ?? v.severity}, ${a.range ?? v.range ?? '?'}) ${a.url ?? ''}`.trim());
      const through = v.via.filter((via): via is string => typeof via === 'string');
      return `${v.name} [${v.severity}]: ${advisories.length ? advisories.join('; ') : `through ${through.join(', ')}`}`;
    });
  return findings.length ? { kind: 'vulnerable', counts, findings } : { kind: 'clean', counts };
}

export function describeOutcome(outcome: AuditOutcome): string {
  const tally = (counts: Record<Severity, number>) => SEVERITIES.map((s) => `${counts[s]} ${s}`).join(', ');
  switch (outcome.kind) {
    case 'clean':
      return `npm audit: no high or critical advisories (${tally(outcome.counts)}).`;
    case 'vulnerable':
      return [`npm audit: ${outcome.findings.length} package(s) with high or critical advisories (${tally(outcome.counts)}):`, ...outcome.findings.map((f) => `  - ${f}`)].join('\n');
    case 'unavailable':
      return (
        `npm audit could not run: ${outcome.reason}.\n` +
        'Nothing is known from it: the registry this machine reaches does not serve the advisory endpoint. ' +
        'See docs/security-review.md for the last manual review of the lock file.'
      );
  }
}

function main() {
  // Bounded: on a network that drops the request instead of refusing it, npm would wait minutes.
  const result = spawnSync('npm', ['audit', '--audit-level=high', '--json', '--fetch-timeout=30000', '--fetch-retries=1'], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
    timeout: 120_000,
  });
  if (result.error) {
    console.log(describeOutcome({ kind: 'unavailable', reason: `npm audit did not finish: ${result.error.message}` }));
    process.exit(2);
  }
  const outcome = readAuditReport(result.stdout ?? '');
  console.log(describeOutcome(outcome));
  process.exit(outcome.kind === 'clean' ? 0 : outcome.kind === 'vulnerable' ? 1 : 2);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
