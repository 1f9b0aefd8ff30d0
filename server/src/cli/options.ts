// The command line's arguments → validated options, and the help texts (English and Chinese) that explain them.
// check, coverage and authorities take one set of options, parsed here once: they read the same inputs the same way.
import * as fs from 'node:fs';
import type { Lang } from '../core/corpus';
import { ALL_RULES, DEFAULT_LEVELS, Level, RuleCode } from '../core/model';
import { parseSettings } from '../lsp/settings';

export type Command = 'check' | 'coverage' | 'authorities';
export const COMMANDS: readonly Command[] = ['check', 'coverage', 'authorities'];

/**
 * The output formats of each command, the first being the default. A new format is one more name here and one more
 * writer beside the command's others (report.ts for check; coverage.ts and authorities.ts keep theirs in a table).
 */
export const FORMATS = {
  check: ['text', 'json', 'sarif'],
  coverage: ['table', 'json', 'csv', 'html'],
  authorities: ['table', 'json', 'csv'],
} as const satisfies Record<Command, readonly string[]>;
export type Format = (typeof FORMATS)[Command][number];
export type ColorMode = 'auto' | 'always' | 'never';

export interface Options {
  command: Command;
  paths: string[];
  format: Format;
  output?: string;
  /** check: apply the safe fixes. */
  fix: boolean;
  /**
   * The language asked for: --lang, else the config file's messageLanguage, else Chinese under a zh* locale. When
   * none asked, each message follows the language of the draft it is about (see messageLang).
   */
  lang?: Lang;
  levels: Record<RuleCode, Level>;
  exitZero: boolean;
  color: ColorMode;
  /** Worker threads; undefined = decided from the files' sizes and the machine's cores (pool.ts). */
  jobs?: number;
  progress: boolean;
  /** Extra sources (see library.ts). */
  sources: string[];
  /** coverage: the cited document (default: the bundled Opinion). */
  doc?: string;
}

export type Topic = 'main' | Command;

export type Parsed =
  | { kind: 'run'; options: Options }
  | { kind: 'help'; topic: Topic; lang: Lang }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: { zh: string; en: string }; lang: Lang; topic: Topic };

const LEVEL_NAMES: Record<string, Level> = {
  off: 'off',
  none: 'off',
  hint: 'hint',
  info: 'information',
  information: 'information',
  note: 'information',
  warn: 'warning',
  warning: 'warning',
  error: 'error',
};

/** Chinese when the locale of messages is: LC_ALL, else LC_MESSAGES, else LANG, else LANGUAGE starts with zh. */
export function localeIsChinese(env: NodeJS.ProcessEnv = process.env): boolean {
  const l = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  return /^zh/i.test(l);
}

/**
 * The one rule for the language of messages, for every command: --lang (or the config's messageLanguage), else
 * Chinese under a zh* locale, else the language of the drafts the message is about — one draft's own language for its
 * findings, the language most of them are written in for a summary or a table over several — and English for a
 * message about no draft (a missing file, bad usage).
 */
export function messageLang(asked: Lang | undefined, draftLangs: Lang[]): Lang {
  if (asked) return asked;
  if (!draftLangs.length) return 'en';
  const zh = draftLangs.filter((l) => l === 'zh').length;
  return zh * 2 >= draftLangs.length ? 'zh' : 'en';
}

/** Options that belong to one command only. */
const ONLY: Record<string, Command> = { '--fix': 'check', '--exit-zero': 'check', '--doc': 'coverage' };

/** The command the line starts with, or what to do instead: help, the version, or a usage error. */
export function commandOf(argv: string[], lang: Lang): Command | Parsed {
  const err = (zh: string, en: string): Parsed => ({ kind: 'usage-error', message: { zh, en }, lang, topic: 'main' });
  if (argv.length === 0) return err('缺少命令', 'no command given');
  const [cmd, ...rest] = argv;
  if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
    const topic = (COMMANDS as readonly string[]).includes(rest[0]) ? (rest[0] as Command) : 'main';
    return { kind: 'help', topic, lang };
  }
  if (cmd === '--version' || cmd === '-v') return { kind: 'version' };
  if (!(COMMANDS as readonly string[]).includes(cmd)) {
    const named = rest.find((a) => (COMMANDS as readonly string[]).includes(a));
    if (cmd.startsWith('-') && named)
      return err(`选项 ${cmd} 应写在 ${named} 之后`, `the option ${cmd} goes after "${named}"`);
    return err(`未知命令“${cmd}”`, `unknown command "${cmd}"`);
  }
  return cmd as Command;
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): Parsed {
  // The language of messages is needed before anything else can go wrong, so look for it first.
  const { asked, given: li } = askedLang(argv, env);
  const lang: Lang = asked ?? 'en';
  const err = (zh: string, en: string, topic: Topic): Parsed => ({
    kind: 'usage-error',
    message: { zh, en },
    lang,
    topic,
  });

  const first = commandOf(argv, lang);
  if (typeof first !== 'string') return first;
  const command = first;
  const rest = argv.slice(1);
  const bad = (zh: string, en: string) => err(zh, en, command);

  const o: Options = {
    command,
    paths: [],
    format: FORMATS[command][0],
    fix: false,
    lang: li ? asked : undefined,
    levels: { ...DEFAULT_LEVELS },
    exitZero: false,
    color: 'auto',
    progress: true,
    sources: [],
  };
  let configLang: Lang | undefined;
  let langGiven = li;
  for (let i = 0; i < rest.length; i++) {
    let a = rest[i];
    let inline: string | undefined;
    if (a.startsWith('--') && a.includes('=')) {
      inline = a.slice(a.indexOf('=') + 1);
      a = a.slice(0, a.indexOf('='));
    }
    const value = (): string | undefined => (inline !== undefined ? inline : rest[++i]);
    if (ONLY[a] && ONLY[a] !== command)
      return bad(`${a} 是 ${ONLY[a]} 命令的选项`, `${a} is an option of "policy-cite ${ONLY[a]}"`);
    switch (a) {
      case '-h':
      case '--help':
        return { kind: 'help', topic: command, lang };
      case '-f':
      case '--format': {
        const v = value();
        const allowed: readonly string[] = FORMATS[command];
        if (!v || !allowed.includes(v))
          return bad(
            `--format 只能是 ${allowed.join('、')}，而不是“${v ?? ''}”`,
            `--format takes ${allowed.join(', ')}, not "${v ?? ''}"`,
          );
        o.format = v as Format;
        break;
      }
      case '-o':
      case '--output': {
        const v = value();
        if (!v) return bad('--output 需要一个文件名', '--output needs a file name');
        o.output = v;
        break;
      }
      case '--fix':
        o.fix = true;
        break;
      case '--lang': {
        const v = value();
        if (v !== 'zh' && v !== 'en')
          return bad(`--lang 只能是 zh 或 en，而不是“${v ?? ''}”`, `--lang takes zh or en, not "${v ?? ''}"`);
        o.lang = v;
        langGiven = true;
        break;
      }
      case '--rule':
      case '--rules': {
        const r = parseRuleLevels(value());
        if ('zh' in r) return bad(r.zh, r.en);
        Object.assign(o.levels, r.levels);
        break;
      }
      case '--config': {
        const r = readConfigFile(value());
        if ('zh' in r) return bad(r.zh, r.en);
        Object.assign(o.levels, r.levels);
        if (r.lang) configLang = r.lang;
        o.sources.push(...r.sources);
        break;
      }
      case '--sources':
      case '--source': {
        const v = value();
        if (!v) return bad('--sources 需要来源文件、文件夹或通配符', '--sources needs a source file, folder or glob');
        o.sources.push(v);
        break;
      }
      case '--doc': {
        const v = value();
        if (!v)
          return bad(
            '--doc 需要文号或来源文件（如 国办发〔2015〕51号）',
            '--doc needs a number or a source file (e.g. 国办发〔2015〕51号)',
          );
        o.doc = v;
        break;
      }
      case '--exit-zero':
        o.exitZero = true;
        break;
      case '--color':
      case '--colour': {
        const v =
          inline ??
          (rest[i + 1] === 'always' || rest[i + 1] === 'never' || rest[i + 1] === 'auto' ? rest[++i] : 'always');
        if (v !== 'auto' && v !== 'always' && v !== 'never')
          return bad('--color 只能是 auto、always 或 never', '--color takes auto, always or never');
        o.color = v;
        break;
      }
      case '--no-color':
      case '--no-colour':
        o.color = 'never';
        break;
      case '-j':
      case '--jobs': {
        const r = parseJobs(value());
        if (typeof r !== 'number') return bad(r.zh, r.en);
        o.jobs = r;
        break;
      }
      case '--no-progress':
        o.progress = false;
        break;
      case '--':
        o.paths.push(...rest.slice(i + 1));
        i = rest.length;
        break;
      default:
        if (a.startsWith('-') && a !== '-') return bad(`未知选项 ${a}`, `unknown option ${a}`);
        o.paths.push(rest[i]);
    }
  }
  // The config file's language counts as asked for, unless --lang said otherwise; a zh* locale comes after both.
  if (!langGiven) o.lang = configLang ?? (localeIsChinese(env) ? 'zh' : undefined);
  if (!o.paths.length) return bad('没有给出要读取的文件或文件夹', 'no files or folders given');
  return { kind: 'run', options: o };
}

/** A problem with an option, in both languages. */
export interface OptionProblem {
  zh: string;
  en: string;
}

/** The language asked for before the options are read (--lang anywhere on the line, else a zh* locale), so that even
 *  a usage error speaks it; `given` when --lang was on the line. */
export function askedLang(argv: string[], env: NodeJS.ProcessEnv = process.env): { asked?: Lang; given: boolean } {
  let asked: Lang | undefined = localeIsChinese(env) ? 'zh' : undefined;
  const li = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (li >= 0) {
    const v = argv[li].includes('=') ? argv[li].split('=')[1] : argv[li + 1];
    if (v === 'zh' || v === 'en') asked = v;
  }
  return { asked, given: li >= 0 };
}

/** --rules misquote=error,alias-undefined=off: the levels it sets. */
export function parseRuleLevels(v: string | undefined): { levels: Partial<Record<RuleCode, Level>> } | OptionProblem {
  if (!v)
    return { zh: '--rules 需要 规则=级别，例如 misquote=error', en: '--rules needs code=level, e.g. misquote=error' };
  const levels: Partial<Record<RuleCode, Level>> = {};
  for (const pair of v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [code, lv] = pair.split('=').map((s) => s.trim());
    if (!(ALL_RULES as string[]).includes(code))
      return {
        zh: `未知规则“${code}”（可用：${ALL_RULES.join('、')}）`,
        en: `unknown rule "${code}" (known: ${ALL_RULES.join(', ')})`,
      };
    const level = LEVEL_NAMES[(lv ?? '').toLowerCase()];
    if (!level)
      return {
        zh: `“${lv ?? ''}”不是级别（off、hint、info、warning、error）`,
        en: `"${lv ?? ''}" is not a level (off, hint, info, warning, error)`,
      };
    levels[code as RuleCode] = level;
  }
  return { levels };
}

/** --config FILE: a JSON file shaped like the editor's policyCite settings. The levels it names, its message
 *  language (when not auto) and its sources. */
export function readConfigFile(
  v: string | undefined,
): { levels: Partial<Record<RuleCode, Level>>; lang?: Lang; sources: string[] } | OptionProblem {
  if (!v) return { zh: '--config 需要一个 JSON 文件', en: '--config needs a JSON file' };
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(v, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    return {
      zh: `无法读取配置文件 ${v}：${(e as Error).message}`,
      en: `cannot read the config file ${v}: ${(e as Error).message}`,
    };
  }
  // Same shape as the editor's policyCite.* settings, so one file can serve both.
  const { settings, problems } = parseSettings(raw);
  if (problems.length)
    return { zh: `配置文件 ${v}：${problems.join(' ')}`, en: `config file ${v}: ${problems.join(' ')}` };
  const given = (raw && typeof raw === 'object' && (raw as Record<string, unknown>).rules) as
    Record<string, unknown> | undefined;
  const levels: Partial<Record<RuleCode, Level>> = {};
  for (const code of Object.keys(given ?? {})) levels[code as RuleCode] = settings.rules[code as RuleCode];
  return {
    levels,
    lang: settings.messageLanguage !== 'auto' ? settings.messageLanguage : undefined,
    sources: settings.sources,
  };
}

/** --jobs N: a whole number from 1 to 256. */
export function parseJobs(v: string | undefined): number | OptionProblem {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    return {
      zh: `--jobs 需要 1 到 256 之间的整数，而不是“${v ?? ''}”`,
      en: `--jobs takes a whole number from 1 to 256, not "${v ?? ''}"`,
    };
  return n;
}

// ---- help -------------------------------------------------------------------------------------------------
/** What every command says about its inputs, the language of its messages and the options they share. */
const COMMON: Record<Lang, { inputs: string; options: string }> = {
  en: {
    inputs: `PATH is a file, a folder (searched for .txt, .md, .markdown and .docx; hidden folders, node_modules and
Word's ~$ lock files are skipped) or a glob ("drafts/**/*.md", quoted or not). A file named on its own is read as
plain text whatever its extension; .doc, .pdf and the like are refused (save them as .docx). Text files may be UTF-8
(with or without BOM), UTF-16 with a BOM, or GB18030/GBK. check, coverage and authorities read inputs the same way.

Positions: lines are 1-based and end at LF, CRLF or CR; columns are 1-based and count Unicode characters (code
points): an emoji or a Chinese character is one column, a byte-order mark is not counted. In a .docx the line is the
paragraph, written ¶N: every paragraph of the body from the top counts, empty ones included (Word shows each as a ¶
mark when formatting marks are on), and so does each paragraph of a table cell, row by row (an empty cell is one
empty paragraph); headers, footers, footnotes and comments are not read. The column is the character within the
paragraph. This is the line the paragraph would be on if Word saved the document as plain text.

Language of messages: --lang, else the config file's "messageLanguage", else Chinese when the locale is Chinese
(LC_ALL, LC_MESSAGES, LANG or LANGUAGE starting with zh), else the language of the draft the message is about — a
summary or a table over several drafts in the language most of them are in, a message about no draft in English.
A fix's replacement text is always in the draft's own language.`,
    options: `  -o, --output FILE             write the report to FILE instead of standard output
      --lang zh|en              language of messages (see above)
      --rules CODE=LEVEL,...    set rules' levels: off, hint, info, warning, error (repeatable), e.g.
                                --rules misquote=error,alias-undefined=off
      --config FILE             a JSON file shaped like the editor's settings: {"rules": {"misquote": "error"},
                                "messageLanguage": "zh", "sources": ["policies/"]}; --rules and --lang given on the
                                line win
      --sources PATH            also read citations of the policy documents in PATH (a .txt/.md file in the official
                                layout, a folder of them, or a glob; repeatable)
  -j, --jobs N                  read N files at a time in worker threads (default: decided from the files' sizes
                                and the cores; 1 reads them in this process)
      --color [auto|always|never]  colour: auto (default) only on a terminal without NO_COLOR; --no-color = never
      --no-progress             no progress bar (it only ever appears on a terminal, for long runs)
  -h, --help                    this text`,
  },
  zh: {
    inputs: `路径可以是文件、文件夹（查找其中的 .txt、.md、.markdown 和 .docx；跳过隐藏文件夹、node_modules 和 Word 的 ~$ 临时
文件）或通配符（"文稿/**/*.md"，加不加引号均可）。单独给出的文件不论扩展名都按纯文本读取；.doc、.pdf 等格式会被拒绝
（请另存为 .docx）。文本文件可以是 UTF-8（有无 BOM 均可）、带 BOM 的 UTF-16 或 GB18030/GBK。check、coverage 和
authorities 读取输入的方式完全相同。

位置：行号从 1 开始，换行可以是 LF、CRLF 或 CR；列号从 1 开始，按 Unicode 字符（码位）计数：一个表情符号或一个汉字
算一列，字节顺序标记（BOM）不计。.docx 文件的“行”是段落，写作 ¶N：从正文开头起每个段落都计数，空段落也算（在 Word
中显示编辑标记时每个段落末尾有一个 ¶），表格中每个单元格的段落也逐行逐格计数（空单元格算一个空段落）；页眉、页脚、
脚注和批注不读取。列是段落内的字符位置。这正是 Word 把文档另存为纯文本时该段落所在的行。

提示语言：--lang；否则配置文件中的 "messageLanguage"；否则区域设置为中文（LC_ALL、LC_MESSAGES、LANG 或 LANGUAGE
以 zh 开头）时用中文；否则用该提示所涉文稿的语言——涉及多份文稿的汇总或表格用其中多数文稿的语言，不涉及文稿的提示
用英文。修正的替换文字始终与文稿本身的语言一致。`,
    options: `  -o, --output 文件             把报告写入文件而不是标准输出
      --lang zh|en              提示语言（见上文）
      --rules 规则=级别,...     设置规则级别：off、hint、info、warning、error（可重复），例如
                                --rules misquote=error,alias-undefined=off
      --config 文件             与编辑器设置同形的 JSON 文件：{"rules": {"misquote": "error"}, "messageLanguage": "zh",
                                "sources": ["policies/"]}；命令行上的 --rules 和 --lang 优先
      --sources 路径            同时读取对路径中政策文件的引用（按公文格式排版的 .txt/.md 文件、其所在文件夹或通配符；可重复）
  -j, --jobs N                  用 N 个工作线程同时读取（默认：按文件大小和 CPU 核数决定；1 表示在本进程内读取）
      --color [auto|always|never]  颜色：auto（默认）仅在终端上且未设置 NO_COLOR 时着色；--no-color 即 never
      --no-progress             不显示进度条（进度条只在终端上、耗时较长时出现）
  -h, --help                    本说明`,
  },
};

const RULES_LIST = ALL_RULES.map((c) => `  ${c.padEnd(22)}${DEFAULT_LEVELS[c]}`).join('\n');

export const HELP: Record<Topic, Record<Lang, string>> = {
  main: {
    en: `policy-cite — checks citations of 国发〔2015〕5号 (the State Council's 2015 cloud computing Opinion) in drafts

Usage:
  policy-cite check [options] PATH...        check .txt, .md and .docx drafts (files, folders, globs)
  policy-cite coverage [options] PATH...     which clauses of the Opinion the drafts cite or leave out
  policy-cite authorities [options] PATH...  every document the drafts cite (table of authorities)
  policy-cite COMMAND --help                 every option of a command, with examples
  policy-cite --help                         this text
  policy-cite --version                      the version

Examples:
  policy-cite check draft.docx
  policy-cite check drafts/ --format sarif -o policy-cite.sarif
  policy-cite check "drafts/**/*.md" --fix
  policy-cite coverage drafts/ --format csv -o 对照表.csv
  policy-cite authorities draft.docx

Exit codes: 0 nothing at error level, 1 findings at error level (check), 2 bad usage or unreadable input.`,
    zh: `policy-cite — 检查文稿中对《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）的引用

用法：
  policy-cite check [选项] 路径...           检查 .txt、.md 和 .docx 文稿（文件、文件夹、通配符）
  policy-cite coverage [选项] 路径...        文稿引用了或遗漏了《意见》的哪些条目
  policy-cite authorities [选项] 路径...     文稿引用的全部文件（引用文件清单）
  policy-cite 命令 --help                    该命令的全部选项及示例
  policy-cite --help                         本说明
  policy-cite --version                      版本号

示例：
  policy-cite check 征求意见稿.docx
  policy-cite check 文稿/ --format sarif -o policy-cite.sarif
  policy-cite check "文稿/**/*.md" --fix
  policy-cite coverage 文稿/ --format csv -o 对照表.csv
  policy-cite authorities 征求意见稿.docx

退出码：0 无错误级问题；1 有错误级问题（check）；2 用法错误或有文件无法读取。`,
  },
  check: {
    en: `policy-cite check [options] PATH...

Checks every citation of 国发〔2015〕5号 in the drafts and prints what does not match, the way compilers do:

  examples/draft-en.md:9:60: error unknown-clause Part III (Guarantee measures) of GF No. (2015)5 has seven
  sections; "Part III, item (8)" does not exist.
     9 | The Opinions set four basic principles and six main tasks; Part III, item (8) does not exist.
       |                                                            ^~~~~~~~~~~~~~~~~~
  Checked 1 file: 1 error.

${COMMON.en.inputs}

Options:
  -f, --format text|json|sarif  text (default) for people; json: one document, shape in the README ("Command
                                line"); sarif: SARIF 2.1.0 for code-scanning tools
      --fix                     apply the safe fixes to .txt and .md files in place, print what changed (in line
                                order, at its place in the fixed file), then report what is left; a .docx is never
                                changed: its fixes are listed for you to make in Word
      --exit-zero               exit 0 even when findings are at error level (2 still means bad usage or input)
${COMMON.en.options}

Rules and default levels:
${RULES_LIST}

Exit codes: 0 nothing at error level; 1 findings at error level; 2 bad usage or an unreadable input (named on
standard error; the other files are still checked).

Examples:
  policy-cite check draft.md                         one draft
  policy-cite check drafts/ --lang zh                a folder, messages in Chinese
  policy-cite check "**/*.docx"                      every Word draft below here
  policy-cite check drafts/ --fix                    fix what is safe to fix, report the rest
  policy-cite check drafts/ --format json > report.json
  policy-cite check . --format sarif -o policy-cite.sarif   for GitHub code scanning
  policy-cite check examples/ --exit-zero            show findings without failing the build`,
    zh: `policy-cite check [选项] 路径...

检查文稿中对国发〔2015〕5号的每一处引用，像编译器一样列出不相符之处：

  examples/draft-zh.md:19:17: error unknown-clause 国发〔2015〕5号第二部分（主要任务）只有六项，没有“第二部分第（七）项”。
    19 | （三）保障信息安全。落实《意见》第二部分第（七）项的要求。
       |                                 ^~~~~~~~~~~~~~~~~~
  共检查 1 个文件：1 个错误。

${COMMON.zh.inputs}

选项：
  -f, --format text|json|sarif  text（默认）供人阅读；json：单个 JSON 文档，结构见 README“Command line”一节；
                                sarif：SARIF 2.1.0，供代码扫描工具使用
      --fix                     就地对 .txt 和 .md 文件应用安全的修正，按行序列出改动（位置为修正后文件中的位置），
                                再报告剩余问题；从不修改 .docx：其修正会列出，请在 Word 中修改
      --exit-zero               即使有错误级问题也以 0 退出（2 仍表示用法错误或输入无法读取）
${COMMON.zh.options}

规则及默认级别：
${RULES_LIST}

退出码：0 无错误级问题；1 有错误级问题；2 用法错误或有输入无法读取（在标准错误上指明文件；其余文件照常检查）。

示例：
  policy-cite check 征求意见稿.md                    检查一份文稿
  policy-cite check 文稿/ --lang zh                  检查文件夹，中文提示
  policy-cite check "**/*.docx"                      检查当前目录下所有 Word 文稿
  policy-cite check 文稿/ --fix                      修正可安全修正的问题，报告其余问题
  policy-cite check 文稿/ --format json > report.json
  policy-cite check . --format sarif -o policy-cite.sarif   供 GitHub 代码扫描使用
  policy-cite check examples/ --exit-zero            显示问题但不让构建失败`,
  },
  coverage: {
    en: `policy-cite coverage [options] PATH...

Which parts, sections, principles, objectives and targets of 国发〔2015〕5号 the drafts cite, mis-cite or leave out.
The drafts are read together: a plan split over several files answers the Opinion once.

${COMMON.en.inputs}

Options:
  -f, --format table|json|csv   table (default); json for tools; csv for a response matrix (对照表) a reviewer
                                opens in a spreadsheet (UTF-8 with BOM)
      --doc DOC                 the cited document, by number (国办发〔2015〕51号), by its source file with --sources,
                                or by id (default: gf-2015-5, the Opinion)
${COMMON.en.options}

Exit codes: 0 the report was written; 2 bad usage or an unreadable input (named on standard error; the report covers
the other files).

Examples:
  policy-cite coverage plan.docx annex.md
  policy-cite coverage drafts/ --format csv -o matrix.csv`,
    zh: `policy-cite coverage [选项] 路径...

文稿引用了、误引了或遗漏了国发〔2015〕5号的哪些部分、条目、原则、目标和指标。多份文稿合并读取：分成几个文件的方案
作为一个整体对照《意见》。

${COMMON.zh.inputs}

选项：
  -f, --format table|json|csv   table（默认）；json 供工具使用；csv 为对照表，可直接用电子表格打开（带 BOM 的 UTF-8）
      --doc 文件                所对照的文件：文号（如 国办发〔2015〕51号）、配合 --sources 给出的来源文件路径或编号
                                （默认 gf-2015-5，即《意见》）
${COMMON.zh.options}

退出码：0 已生成报告；2 用法错误或有输入无法读取（在标准错误上指明文件；报告涵盖其余文件）。

示例：
  policy-cite coverage 实施方案.docx 附件.md
  policy-cite coverage 文稿/ --format csv -o 对照表.csv`,
  },
  authorities: {
    en: `policy-cite authorities [options] PATH...

The table of authorities (引用文件清单): every document the drafts cite, one row each — title, number (文号) and
every place it is cited (file:line:col) — and for each citation whether its title and number name the same document
and whether the number is in GB/T 9704-2012 form (国发〔2015〕5号). A document the library does not hold is listed
with its title and number as written, marked "not in the library" (add its text with --sources to check it).

${COMMON.en.inputs}

Options:
  -f, --format table|json|csv   table (default); json for tools; csv for a spreadsheet (UTF-8 with BOM)
${COMMON.en.options}

Exit codes: 0 the report was written; 2 bad usage or an unreadable input (named on standard error; the report covers
the other files).

Examples:
  policy-cite authorities draft.docx
  policy-cite authorities drafts/ --format csv -o authorities.csv`,
    zh: `policy-cite authorities [选项] 路径...

引用文件清单：文稿引用的每一份文件各占一行——标题、文号及每一处引用的位置（文件:行:列）——并逐处说明标题与文号是否
指向同一文件、文号是否符合 GB/T 9704-2012 的写法（国发〔2015〕5号）。文件库中没有的文件按文稿所写的标题和文号列出，
并注明“不在文件库中”（用 --sources 加入其全文即可核对）。

${COMMON.zh.inputs}

选项：
  -f, --format table|json|csv   table（默认）；json 供工具使用；csv 可直接用电子表格打开（带 BOM 的 UTF-8）
${COMMON.zh.options}

退出码：0 已生成报告；2 用法错误或有输入无法读取（在标准错误上指明文件；报告涵盖其余文件）。

示例：
  policy-cite authorities 征求意见稿.docx
  policy-cite authorities 文稿/ --format csv -o 引用文件清单.csv`,
  },
};
