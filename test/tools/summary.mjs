// Prints vitest's JSON report as one plain closing line: "tests: N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../artifacts/vitest-report.json', import.meta.url), 'utf8'));
const failed = report.numFailedTests ?? 0;
console.log(
  `tests: ${report.numPassedTests} passed, ${failed} failed, ${report.numPendingTests + report.numTodoTests} skipped`,
);
process.exitCode = failed > 0 || report.numPassedTests === 0 ? 1 : 0;
