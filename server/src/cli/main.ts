// Command line: `policy-cite check PATH…` prints findings the way compilers do.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../core/analyze';
import { lineStartsOf } from '../core/scan';
import type { Lang } from '../core/corpus';
import { DEFAULT_LEVELS } from '../core/model';
import { bundledLibrary } from '../bundled';

const USAGE = `policy-cite — checks citations of 国发〔2015〕5号 in drafts

Usage:
  policy-cite check [--lang zh|en] PATH...   check .txt and .md files (folders are searched)
  policy-cite --help

Exit codes: 0 nothing at error level, 1 findings at error level, 2 bad usage or unreadable input.`;

function collect(p: string, out: string[], problems: string[]): void {
  let st: fs.Stats;
  try { st = fs.statSync(p); } catch { problems.push(`${p}: no such file or folder`); return; }
  if (st.isDirectory()) {
    for (const e of fs.readdirSync(p).sort()) {
      if (e.startsWith('.') || e === 'node_modules') continue;
      const full = path.join(p, e);
      const s = fs.statSync(full);
      if (s.isDirectory() || /\.(txt|md|markdown)$/i.test(e)) collect(full, out, problems);
    }
  } else out.push(p);
}

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) { console.log(USAGE); return argv.length === 0 ? 2 : 0; }
  const [cmd, ...rest] = argv;
  if (cmd !== 'check') { console.error(`policy-cite: unknown command "${cmd}"\n\n${USAGE}`); return 2; }
  let lang: Lang = /^zh/i.test(process.env.LANG ?? '') ? 'zh' : 'en';
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--lang') { const v = rest[++i]; if (v !== 'zh' && v !== 'en') { console.error('policy-cite: --lang takes zh or en'); return 2; } lang = v; }
    else paths.push(rest[i]);
  }
  if (!paths.length) { console.error(`policy-cite: no files given\n\n${USAGE}`); return 2; }
  const files: string[] = [];
  const problems: string[] = [];
  for (const p of paths) collect(p, files, problems);
  const { lib } = bundledLibrary();
  let errors = 0, warnings = 0, others = 0;
  for (const file of files) {
    let text: string;
    try { text = fs.readFileSync(file, 'utf8'); } catch (e) { problems.push(`${file}: cannot read (${(e as Error).message})`); continue; }
    const a = analyze(text, lib);
    const starts = lineStartsOf(text);
    for (const f of a.findings) {
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1] <= f.span.start) line++;
      const col = f.span.start - starts[line] + 1;
      const sev = DEFAULT_LEVELS[f.code];
      if (sev === 'error') errors++; else if (sev === 'warning') warnings++; else others++;
      console.log(`${file}:${line + 1}:${col}: ${sev} ${f.code} ${f.message[lang]}`);
    }
  }
  for (const p of problems) console.error(`policy-cite: ${p}`);
  console.log(lang === 'zh'
    ? `共检查 ${files.length} 个文件：${errors} 个错误，${warnings} 个警告，${others} 个提示。`
    : `${files.length} file(s) checked: ${errors} error(s), ${warnings} warning(s), ${others} note(s).`);
  if (problems.length) return 2;
  return errors ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
