// Names, under Jest's own summary, every test that did not run because what it needs cannot run
// here (its title starts with "NOT RUN: " and gives the reason), so that a skipped suite is never
// read as a passed one.
export default class NotRunReporter {
  onRunComplete(_contexts, results) {
    const notRun = [];
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        if (test.status === 'pending' && test.title.startsWith('NOT RUN')) notRun.push(test.fullName);
      }
    }
    if (notRun.length === 0) return;
    process.stderr.write(`Not run (${notRun.length}, not counted as passed):\n${notRun.map((name) => `  ${name}\n`).join('')}`);
  }
}
