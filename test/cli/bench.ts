// Command-line throughput: generates a batch of drafts (text and .docx) in a temporary folder and times
// dist/cli.js over it with one thread and with the worker pool. Not a test: run `node out/test/cli/bench.js [N]`
// after a build. Prints wall-clock files/second and the CPU time the run used (user+sys), which on a shared,
// busy machine is the steadier figure.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { CLI, ROOT, tempDir } from './run';

async function main(): Promise<void> {
  childCpuSeconds();
  const n = Number(process.argv[2] ?? 1000);
  const zh = fs.readFileSync(path.join(ROOT, 'examples', 'draft-zh.md'), 'utf8');
  const en = fs.readFileSync(path.join(ROOT, 'examples', 'draft-en.md'), 'utf8');
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < n; i++)
    files[`text/d${String(i).padStart(5, '0')}${i % 2 ? '.md' : '.txt'}`] = (i % 2 ? en : zh).repeat(1 + (i % 3));
  const docx = Buffer.from(
    await Packer.toBuffer(
      new Document({
        sections: [{ children: zh.split('\n').map((t) => new Paragraph({ children: [new TextRun(t)] })) }],
      }),
    ),
  );
  for (let i = 0; i < Math.ceil(n / 5); i++) files[`docx/d${String(i).padStart(5, '0')}.docx`] = docx;
  const dir = tempDir(files);
  const cores = os.availableParallelism();
  console.log(
    `${n} text drafts (${(fs.readdirSync(path.join(dir, 'text')).reduce((s, f) => s + fs.statSync(path.join(dir, 'text', f)).size, 0) / 1e6).toFixed(1)} MB), ${Math.ceil(n / 5)} .docx; ${cores} cores; load average ${os.loadavg()[0].toFixed(1)}`,
  );
  for (const sub of ['text', 'docx']) {
    const count = fs.readdirSync(path.join(dir, sub)).length;
    for (const jobs of [1, cores]) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [CLI, 'check', '--jobs', String(jobs), sub], {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      });
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      const cpu = childCpuSeconds();
      const last = r.stdout.trimEnd().split('\n').pop();
      console.log(
        `${sub.padEnd(5)} jobs=${jobs}: ${secs.toFixed(2)} s, ${(count / secs).toFixed(0)} files/s` +
          (cpu === undefined ? '' : `, CPU ${cpu.toFixed(2)} s (${(count / cpu).toFixed(0)} files per CPU-second)`) +
          ` — ${last}`,
      );
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

let lastChildCpu = 0;
/** CPU seconds (user+sys) of the children reaped since the last call, from /proc/self/stat (Linux only). */
function childCpuSeconds(): number | undefined {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]); // cutime, cstime (fields 16 and 17 of stat)
    const secs = ticks / 100;
    const d = secs - lastChildCpu;
    lastChildCpu = secs;
    return d;
  } catch {
    return undefined;
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
