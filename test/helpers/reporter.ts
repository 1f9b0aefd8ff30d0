// Mocha's spec reporter, closing with the plain line CI reads: "N passed, N failed" (", N skipped" when any are).
import Mocha = require('mocha');

class SpecWithSummary extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.once('end', () => {
      const s = runner.stats!;
      process.stdout.write(`\n${s.passes} passed, ${s.failures} failed${s.pending ? `, ${s.pending} skipped` : ''}\n`);
    });
  }
}

export = SpecWithSummary;
