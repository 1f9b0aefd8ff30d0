#!/usr/bin/env node
// `npm run fuzz -- --seed 42 --runs 100000`: the property, adversarial and regression suites of test/robust, run
// long. --runs sets the number of cases of the main properties (the others scale with it; default 10000); --seed
// replays a run (default: a new one, printed first). The adversarial suite then uses 4× larger inputs.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const value = (name) => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
};
const int = (name, v) => {
  if (v === undefined) return undefined;
  if (!/^-?\d+$/.test(v)) {
    console.error(`fuzz: --${name} takes a whole number, not "${v}"`);
    process.exit(2);
  }
  return v;
};
const seed = int('seed', value('seed')) ?? String((Date.now() ^ (process.pid << 8)) | 0);
const runs = int('runs', value('runs')) ?? '10000';
const grep = value('grep');
console.log(`fuzz: seed ${seed}, runs ${runs}  (replay: npm run fuzz -- --seed ${seed} --runs ${runs})`);
const mocha = path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const specs = ['properties', 'adversarial', 'regressions'].map((s) =>
  path.join(root, 'out', 'test', 'robust', `${s}.test.js`),
);
const r = spawnSync(
  process.execPath,
  [mocha, '--no-config', '--timeout', '0', '--reporter', 'spec', ...(grep ? ['--grep', grep] : []), ...specs],
  {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, FUZZ_LONG: '1', FUZZ_SEED: seed, FUZZ_RUNS: runs },
  },
);
process.exit(r.status ?? 1);
