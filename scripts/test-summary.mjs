// Prints one closing line for all Vitest runs of `npm test`: "tests: N passed, N failed".
// Vitest writes its JSON reports to .tmp/ (see vite.config.ts and tests/browser/vitest.config.ts).
import { existsSync, readFileSync } from 'node:fs';

const reports = ['.tmp/vitest-unit.json', '.tmp/vitest-browser.json'];
let passed = 0;
let failed = 0;
for (const report of reports) {
  if (!existsSync(report)) {
    console.error(`test-summary: ${report} is missing: that run did not finish`);
    process.exit(1);
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
