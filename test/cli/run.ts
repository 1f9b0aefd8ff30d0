// Runs the built command line (dist/cli.js) as a user would: a real process, real files in a temporary
// folder, real exit codes. Nothing here calls the CLI's functions directly.
import { spawnSync, SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a plain, piped run: English, no forced colour, whatever the machine running the tests has. */
export function plainEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '' };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  return { ...env, ...extra };
}

export function cli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; script?: string } = {}): Run {
  const o: SpawnSyncOptions = { cwd: opts.cwd, env: opts.env ?? plainEnv(), encoding: 'utf8', timeout: 60_000 };
  const r = spawnSync(process.execPath, [opts.script ?? CLI, ...args], o);
  if (r.error) throw r.error;
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

const made: string[] = [];

/** Removes every folder tempDir made (call from an `after` hook). */
export function removeTempDirs(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** A fresh temporary folder with the given files (string → UTF-8, Buffer → bytes as they are). */
export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-cite-cli-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return dir;
}

/** Finding lines (`file:line:col: severity code message`) of a text report, parsed. */
export function findingLines(
  stdout: string,
): { file: string; line: number; column: number; severity: string; code: string; message: string }[] {
  const out = [];
  for (const l of stdout.split('\n')) {
    const m = /^(.+?):(\d+):(\d+): (error|warning|information|hint) ([a-z-]+) (.+)$/.exec(l);
    if (m)
      out.push({ file: m[1], line: Number(m[2]), column: Number(m[3]), severity: m[4], code: m[5], message: m[6] });
  }
  return out;
}

// Drafts with known findings, shared by the tests.
export const TITLE = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》';
/** One error (unknown-clause, line 1) and one safely fixable warning (doc-number-format, line 2). */
export const DRAFT_ERR = `落实${TITLE}（国发〔2015〕5号）第二部分第（七）项的要求。\n参照国发[2015]5号文件执行。\n`;
/** Only a warning with a safe fix. */
export const DRAFT_WARN = '参照国发[2015]5号文件执行。\n';
/** A correct citation: nothing to report. */
export const DRAFT_CLEAN = `根据${TITLE}（国发〔2015〕5号），推进云计算发展。\n`;
