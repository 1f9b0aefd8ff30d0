// How results are written: compiler-style text for people, one JSON document, and SARIF 2.1.0 for
// code-scanning tools. Formatting only: every fact comes from the FileReports.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bilingual, Lang } from '../core/corpus';
import { ALL_RULES, Level, RuleCode, Severity } from '../core/model';
import type { LocatedFinding } from './check';
import { messageLang } from './options';
import type { FileReport } from './pipeline';
import { excerpt } from './locate';

export const TOOL_NAME = 'policy-cite';
/** Bumped only when the JSON shape changes incompatibly. */
export const JSON_FORMAT_VERSION = 1;

/** One line per rule, for SARIF's rule list and people reading it (a rule added to the core later falls back to its code). */
export const RULE_DOCS: Partial<Record<RuleCode, Bilingual>> = {
  'doc-number-format': {
    en: 'A document number written against GB/T 9704-2012 (〔〕, no leading zero, no 第).',
    zh: '发文字号写法不符合 GB/T 9704-2012（用六角括号〔〕、序号不编虚位、不加“第”字）。',
  },
  'doc-number-mismatch': {
    en: "The Opinion's title with another number, or its number with another document's title.",
    zh: '《意见》标题配了别的文号，或其文号配了别的文件标题。',
  },
  'title-mismatch': {
    en: 'A title that means the Opinion but is not its exact title.',
    zh: '指的是《意见》但标题与原文不一致。',
  },
  'date-mismatch': { en: 'A wrong date of issue attributed to the Opinion.', zh: '《意见》的印发日期有误。' },
  'unknown-clause': {
    en: 'A part or section of the Opinion that does not exist.',
    zh: '引用了《意见》中不存在的部分或条目。',
  },
  'clause-title-mismatch': {
    en: 'A clause number and a quoted heading that belong to different clauses.',
    zh: '条目编号与所引标题不属于同一条。',
  },
  misquote: {
    en: 'Quoted text attributed to the Opinion that is not in it.',
    zh: '标明出自《意见》的引文与原文不符。',
  },
  'target-mismatch': {
    en: 'A figure, year or comparator attributed to the Opinion that differs from it.',
    zh: '归于《意见》的数字、年份或比较关系与原文不符。',
  },
  'count-mismatch': {
    en: 'A wrong count of parts, principles, tasks, measures or objective areas.',
    zh: '部分、原则、任务、措施或目标领域的数量有误。',
  },
  'alias-undefined': {
    en: 'A short name (《意见》, "the Opinions") used where no citation defines it.',
    zh: '使用了简称（《意见》、“the Opinions”）但此前没有完整引用来定义它。',
  },
  'numbering-sequence': {
    en: "The draft's own heading numbers out of sequence (一、 → （一） → 1. → （1）).",
    zh: '稿件自身的标题序号不连贯（一、 → （一） → 1. → （1））。',
  },
  'copy-drift': {
    en: 'A passage restated from a source with a word, figure or negation changed from the source.',
    zh: '转述原文时改动了字词、数字或否定。',
  },
};

export interface Totals {
  files: number;
  unreadable: number;
  error: number;
  warning: number;
  information: number;
  hint: number;
  /** Findings with a safe fix that is still unapplied, in files --fix can write (.txt, .md). */
  fixable: number;
  /** Safe fixes in .docx files, which --fix never writes: they are made in Word. */
  fixableInWord: number;
  fixed: number;
  filesFixed: number;
}

export function totalsOf(reports: FileReport[]): Totals {
  const t: Totals = {
    files: reports.length,
    unreadable: 0,
    error: 0,
    warning: 0,
    information: 0,
    hint: 0,
    fixable: 0,
    fixableInWord: 0,
    fixed: 0,
    filesFixed: 0,
  };
  for (const r of reports) {
    if (r.error) t.unreadable++;
    for (const f of r.findings) {
      t[f.severity]++;
      if (f.fix) t[r.kind === 'docx' ? 'fixableInWord' : 'fixable']++;
    }
    t.fixed += r.fixed.length;
    if (r.fixed.length) t.filesFixed++;
  }
  return t;
}

// ---- text -------------------------------------------------------------------------------------------------
export interface TextStyle {
  lang: Lang;
  color: boolean;
  /** Terminal width for source excerpts. */
  width: number;
}

const SGR = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  red: '\x1b[31m',
  green: '\x1b[32m',
  yellow: '\x1b[33m',
  blue: '\x1b[34m',
  cyan: '\x1b[36m',
};
const SEVERITY_COLOR: Record<Severity, string> = {
  error: SGR.red,
  warning: SGR.yellow,
  information: SGR.blue,
  hint: SGR.cyan,
};

function paint(on: boolean, codes: string, s: string): string {
  return on ? codes + s + SGR.reset : s;
}

/** `file:line:col: severity code message`, then the source line and a marker under the citation. */
export function formatFinding(r: FileReport, f: LocatedFinding, style: TextStyle): string {
  const c = style.color;
  const head = `${paint(c, SGR.bold, `${r.path}:${f.line}:${f.column}:`)} ${paint(c, SGR.bold + SEVERITY_COLOR[f.severity], f.severity)} ${paint(c, SGR.dim, f.code)} ${f.message[style.lang]}`;
  // In a Word file the line is a paragraph: say so in the gutter, where people read it.
  const num = r.kind === 'docx' ? `¶${f.line}` : String(f.line);
  const gutter = ' '.repeat(Math.max(4, num.length + 1) - num.length) + num;
  const blank = ' '.repeat(gutter.length);
  const { source, marker } = excerpt(
    f.sourceLine,
    f.lineFrom,
    f.lineTo,
    Math.max(40, style.width - gutter.length - 3),
    { before: f.cutBefore, after: f.cutAfter },
  );
  const bar = paint(c, SGR.blue, '|');
  let out = `${head}\n${paint(c, SGR.blue, gutter)} ${bar} ${source}\n${blank} ${bar} ${paint(c, SGR.bold + SGR.green, marker)}`;
  if (f.fix) {
    // The change itself, in the draft's words: the fix's title is in the message language and may not name the text
    // ("Use the exact title"), and a Chinese draft read in English must still be shown the Chinese replacement.
    const label =
      r.kind === 'docx'
        ? style.lang === 'zh'
          ? '请在 Word 中修正：'
          : 'fix in Word: '
        : style.lang === 'zh'
          ? '可自动修正：'
          : 'fix: ';
    out += `\n${blank} ${bar} ${paint(c, SGR.green, label + change(f.fix.before, f.fix.after))}`;
  }
  return out;
}

/** A change said once: “before” → “after”. */
const change = (before: string, after: string) => `“${before}” → “${after}”`;

export function formatFileText(r: FileReport, style: TextStyle): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const L = style.lang;
  if (r.error) err.push(`${TOOL_NAME}: ${r.path}: ${paint(style.color, SGR.red, r.error[L])}`);
  for (const x of r.fixed) {
    out.push(
      `${paint(style.color, SGR.bold, `${r.path}:${x.line}:${x.column}:`)} ${paint(style.color, SGR.green, L === 'zh' ? '已修正' : 'fixed')} ${paint(style.color, SGR.dim, x.code)} ${change(x.before, x.after)}`,
    );
  }
  if (r.notFixed) out.push(`${r.path}: ${L === 'zh' ? '注意：' : 'note: '}${r.notFixed[L]}`);
  for (const f of r.findings) out.push(formatFinding(r, f, style));
  return { out, err };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function summaryLine(t: Totals, lang: Lang, fixMode: boolean): string {
  const found = t.error + t.warning + t.information + t.hint;
  if (lang === 'zh') {
    let s = `共检查 ${t.files} 个文件：`;
    s += found
      ? [
          t.error && `${t.error} 个错误`,
          t.warning && `${t.warning} 个警告`,
          t.information && `${t.information} 个信息`,
          t.hint && `${t.hint} 个提示`,
        ]
          .filter(Boolean)
          .join('，')
      : '未发现问题';
    if (t.fixed) s += `；已修正 ${t.filesFixed} 个文件中的 ${t.fixed} 处问题`;
    if (t.fixable && !fixMode) s += `；其中 ${t.fixable} 处可用 --fix 自动修正`;
    if (t.fixableInWord) s += `；.docx 中 ${t.fixableInWord} 处修正需在 Word 中进行`;
    if (t.unreadable) s += `；${t.unreadable} 个文件无法读取`;
    return s + '。';
  }
  let s = `Checked ${plural(t.files, 'file', 'files')}: `;
  s += found
    ? [
        t.error && plural(t.error, 'error', 'errors'),
        t.warning && plural(t.warning, 'warning', 'warnings'),
        t.information && `${t.information} info`,
        t.hint && plural(t.hint, 'hint', 'hints'),
      ]
        .filter(Boolean)
        .join(', ')
    : 'no problems found';
  if (t.fixed) s += `; fixed ${plural(t.fixed, 'problem', 'problems')} in ${plural(t.filesFixed, 'file', 'files')}`;
  if (t.fixable && !fixMode) s += `; ${t.fixable} can be fixed with --fix`;
  if (t.fixableInWord) s += `; ${t.fixableInWord} in .docx to fix in Word`;
  if (t.unreadable) s += `; ${t.unreadable} could not be read`;
  return s + '.';
}

// ---- JSON -------------------------------------------------------------------------------------------------
/** The documented JSON report (README, "Command line"): stable field names, positions as in the text output. */
export interface InputProblem {
  path: string;
  message: Bilingual;
}

export function toJson(
  reports: FileReport[],
  asked: Lang | undefined,
  version: string,
  inputProblems: InputProblem[] = [],
): unknown {
  const t = totalsOf(reports);
  // Each file's messages in its draft's language unless one was asked for; messages about no draft in --lang or English.
  const none = messageLang(asked, []);
  return {
    tool: TOOL_NAME,
    version,
    formatVersion: JSON_FORMAT_VERSION,
    columnUnit: 'unicodeCodePoints',
    files: reports.map((r) => fileJson(r, messageLang(asked, [r.lang]), none)),
    problems: inputProblems.map((p) => ({ path: p.path, message: p.message[none] })),
    summary: {
      files: t.files,
      unreadable: t.unreadable + inputProblems.length,
      error: t.error,
      warning: t.warning,
      information: t.information,
      hint: t.hint,
      fixable: t.fixable,
      fixed: t.fixed,
    },
  };
}

function fileJson(r: FileReport, lang: Lang, none: Lang): unknown {
  return {
    path: r.path,
    kind: r.kind,
    error: r.error ? r.error[none] : null,
    findings: r.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message[lang],
      messages: { en: f.message.en, zh: f.message.zh },
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      ...(r.kind === 'docx' ? { paragraph: f.line } : {}),
      offset: f.offset,
      length: f.length,
      text: f.text,
      fix: f.fix
        ? {
            title: f.fix.title[lang],
            edits: f.fix.edits.map((e) => ({
              line: e.line,
              column: e.column,
              endLine: e.endLine,
              endColumn: e.endColumn,
              offset: e.offset,
              length: e.length,
              newText: e.newText,
            })),
          }
        : null,
    })),
    fixed: r.fixed.map((x) => ({
      code: x.code,
      line: x.line,
      column: x.column,
      title: x.title[lang],
      before: x.before,
      after: x.after,
    })),
    ...(r.notFixed ? { notFixed: r.notFixed[lang] } : {}),
  };
}

// ---- SARIF 2.1.0 ------------------------------------------------------------------------------------------
const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file as a SARIF artifact location: relative to the working folder (base SRCROOT) when inside it. */
export function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  }
  return { uri: pathToFileURL(abs).href };
}

export function toSarif(
  reports: FileReport[],
  asked: Lang | undefined,
  version: string,
  levels: Record<RuleCode, Level>,
  inputProblems: InputProblem[] = [],
  cwd = process.cwd(),
): unknown {
  // Results in their draft's language unless one was asked for; the rules in the language most drafts are in.
  const lang = messageLang(
    asked,
    reports.filter((r) => !r.error).map((r) => r.lang),
  );
  const none = messageLang(asked, []);
  const ruleIndex = new Map(ALL_RULES.map((c, i) => [c, i]));
  const artifacts = reports.map((r) => ({
    location: artifactLocation(r.path, cwd),
    ...(r.kind === 'docx'
      ? { mimeType: DOCX_MIME }
      : { mimeType: r.kind === 'markdown' ? 'text/markdown' : 'text/plain' }),
  }));
  const results: unknown[] = [];
  const notifications: unknown[] = inputProblems.map((p) => ({
    level: 'error',
    message: { text: `${p.path}: ${p.message[none]}` },
  }));
  reports.forEach((r, i) => {
    const own = messageLang(asked, [r.lang]);
    const where = { ...artifacts[i].location, index: i };
    if (r.error)
      notifications.push({
        level: 'error',
        message: { text: `${r.path}: ${r.error[none]}` },
        locations: [{ physicalLocation: { artifactLocation: where } }],
      });
    for (const f of r.findings) {
      const region = {
        startLine: f.line,
        startColumn: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        snippet: { text: f.text },
      };
      const result: Record<string, unknown> = {
        ruleId: f.code,
        ruleIndex: ruleIndex.get(f.code),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message[own] },
        locations: [{ physicalLocation: { artifactLocation: where, region } }],
        properties: { severity: f.severity, ...(r.kind === 'docx' ? { paragraph: f.line } : {}) },
      };
      // Fixes only for text files: a .docx region is a paragraph, not a place a tool could edit.
      if (f.fix && r.kind !== 'docx') {
        result.fixes = [
          {
            description: { text: f.fix.title[own] },
            artifactChanges: [
              {
                artifactLocation: where,
                replacements: f.fix.edits.map((e) => ({
                  deletedRegion: {
                    startLine: e.line,
                    startColumn: e.column,
                    endLine: e.endLine,
                    endColumn: e.endColumn,
                  },
                  insertedContent: { text: e.newText },
                })),
              },
            ],
          },
        ];
      }
      results.push(result);
    }
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version,
            semanticVersion: version,
            rules: ALL_RULES.map((c) => ({ c, doc: RULE_DOCS[c] ?? { en: c, zh: c } })).map(({ c, doc }) => ({
              id: c,
              shortDescription: { text: doc[lang] },
              fullDescription: { text: `${doc.en} / ${doc.zh}` },
              defaultConfiguration:
                levels[c] === 'off' ? { enabled: false, level: 'none' } : { level: SARIF_LEVEL[levels[c] as Severity] },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
        artifacts,
        columnKind: 'unicodeCodePoints',
        invocations: [
          {
            executionSuccessful: !reports.some((r) => r.error) && !inputProblems.length,
            toolExecutionNotifications: notifications,
          },
        ],
        results,
      },
    ],
  };
}
