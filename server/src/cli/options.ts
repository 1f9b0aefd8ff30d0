// The command line's arguments → validated options, and the help texts (English and Chinese) that explain them.
import * as fs from 'node:fs';
import type { Lang } from '../core/corpus';
import { ALL_RULES, DEFAULT_LEVELS, Level, RuleCode } from '../core/model';
import { parseSettings } from '../lsp/settings';

export type Format = 'text' | 'json' | 'sarif';
export type ColorMode = 'auto' | 'always' | 'never';

export interface CheckOptions {
  paths: string[];
  format: Format;
  output?: string;
  fix: boolean;
  lang: Lang;
  levels: Record<RuleCode, Level>;
  exitZero: boolean;
  color: ColorMode;
  /** Worker threads; undefined = decide from the machine's cores and the batch size. */
  jobs?: number;
  progress: boolean;
  /** Extra sources (issue 6 wires these into the library; see library.ts). */
  sources: string[];
}

export type Parsed =
  | { kind: 'check'; options: CheckOptions }
  | { kind: 'help'; topic: 'main' | 'check'; lang: Lang }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: { zh: string; en: string }; lang: Lang; topic: 'main' | 'check' };

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

/** zh when LC_ALL / LC_MESSAGES / LANG say Chinese, else en. */
export function envLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const l = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  return /^zh/i.test(l) ? 'zh' : 'en';
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): Parsed {
  // The language of messages is needed before anything else can go wrong, so look for it first.
  let lang: Lang = envLang(env);
  const li = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (li >= 0) {
    const v = argv[li].includes('=') ? argv[li].split('=')[1] : argv[li + 1];
    if (v === 'zh' || v === 'en') lang = v;
  }
  const err = (zh: string, en: string, topic: 'main' | 'check' = 'check'): Parsed => ({
    kind: 'usage-error',
    message: { zh, en },
    lang,
    topic,
  });

  if (argv.length === 0) return err('缺少命令', 'no command given', 'main');
  const [cmd, ...rest] = argv;
  if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
    return { kind: 'help', topic: rest[0] === 'check' ? 'check' : 'main', lang };
  }
  if (cmd === '--version' || cmd === '-v') return { kind: 'version' };
  if (cmd !== 'check') {
    if (cmd.startsWith('-') && rest.includes('check'))
      return err(`选项 ${cmd} 应写在 check 之后`, `the option ${cmd} goes after "check"`, 'main');
    return err(`未知命令“${cmd}”`, `unknown command "${cmd}"`, 'main');
  }

  const o: CheckOptions = {
    paths: [],
    format: 'text',
    fix: false,
    lang,
    levels: { ...DEFAULT_LEVELS },
    exitZero: false,
    color: 'auto',
    progress: true,
    sources: [],
  };
  let configLang: Lang | undefined;
  let langGiven = li >= 0;
  for (let i = 0; i < rest.length; i++) {
    let a = rest[i];
    let inline: string | undefined;
    if (a.startsWith('--') && a.includes('=')) {
      inline = a.slice(a.indexOf('=') + 1);
      a = a.slice(0, a.indexOf('='));
    }
    const value = (): string | undefined => (inline !== undefined ? inline : rest[++i]);
    switch (a) {
      case '-h':
      case '--help':
        return { kind: 'help', topic: 'check', lang };
      case '-f':
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif')
          return err(
            `--format 只能是 text、json 或 sarif，而不是“${v ?? ''}”`,
            `--format takes text, json or sarif, not "${v ?? ''}"`,
          );
        o.format = v;
        break;
      }
      case '-o':
      case '--output': {
        const v = value();
        if (!v) return err('--output 需要一个文件名', '--output needs a file name');
        o.output = v;
        break;
      }
      case '--fix':
        o.fix = true;
        break;
      case '--lang': {
        const v = value();
        if (v !== 'zh' && v !== 'en')
          return err(`--lang 只能是 zh 或 en，而不是“${v ?? ''}”`, `--lang takes zh or en, not "${v ?? ''}"`);
        o.lang = v;
        langGiven = true;
        break;
      }
      case '--rule':
      case '--rules': {
        const v = value();
        if (!v)
          return err('--rules 需要 规则=级别，例如 misquote=error', '--rules needs code=level, e.g. misquote=error');
        for (const pair of v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)) {
          const [code, lv] = pair.split('=').map((s) => s.trim());
          if (!(ALL_RULES as string[]).includes(code))
            return err(
              `未知规则“${code}”（可用：${ALL_RULES.join('、')}）`,
              `unknown rule "${code}" (known: ${ALL_RULES.join(', ')})`,
            );
          const level = LEVEL_NAMES[(lv ?? '').toLowerCase()];
          if (!level)
            return err(
              `“${lv ?? ''}”不是级别（off、hint、info、warning、error）`,
              `"${lv ?? ''}" is not a level (off, hint, info, warning, error)`,
            );
          o.levels[code as RuleCode] = level;
        }
        break;
      }
      case '--config': {
        const v = value();
        if (!v) return err('--config 需要一个 JSON 文件', '--config needs a JSON file');
        let raw: unknown;
        try {
          raw = JSON.parse(fs.readFileSync(v, 'utf8').replace(/^\uFEFF/, ''));
        } catch (e) {
          return err(
            `无法读取配置文件 ${v}：${(e as Error).message}`,
            `cannot read the config file ${v}: ${(e as Error).message}`,
          );
        }
        // Same shape as the editor's policyCite.* settings, so one file can serve both.
        const { settings, problems } = parseSettings(raw);
        if (problems.length)
          return err(`配置文件 ${v}：${problems.join(' ')}`, `config file ${v}: ${problems.join(' ')}`);
        const given = (raw && typeof raw === 'object' && (raw as Record<string, unknown>).rules) as
          Record<string, unknown> | undefined;
        for (const code of Object.keys(given ?? {})) o.levels[code as RuleCode] = settings.rules[code as RuleCode];
        if (settings.messageLanguage !== 'auto') configLang = settings.messageLanguage;
        o.sources.push(...settings.sources);
        break;
      }
      case '--sources':
      case '--source': {
        const v = value();
        if (!v) return err('--sources 需要来源文件、文件夹或通配符', '--sources needs a source file, folder or glob');
        o.sources.push(v);
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
          return err('--color 只能是 auto、always 或 never', '--color takes auto, always or never');
        o.color = v;
        break;
      }
      case '--no-color':
      case '--no-colour':
        o.color = 'never';
        break;
      case '-j':
      case '--jobs': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 256)
          return err(
            `--jobs 需要 1 到 256 之间的整数，而不是“${v ?? ''}”`,
            `--jobs takes a whole number from 1 to 256, not "${v ?? ''}"`,
          );
        o.jobs = n;
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
        if (a.startsWith('-') && a !== '-') return err(`未知选项 ${a}`, `unknown option ${a}`);
        o.paths.push(rest[i]);
    }
  }
  if (configLang && !langGiven) o.lang = configLang;
  if (!o.paths.length) return err('没有给出要检查的文件或文件夹', 'no files or folders given to check');
  return { kind: 'check', options: o };
}

export const HELP: Record<'main' | 'check', Record<Lang, string>> = {
  main: {
    en: `policy-cite — checks citations of 国发〔2015〕5号 (the State Council's 2015 cloud computing Opinion) in drafts

Usage:
  policy-cite check [options] PATH...   check .txt, .md and .docx drafts (files, folders, globs)
  policy-cite check --help              every option of check, with examples
  policy-cite coverage [options] PATH...  which clauses of the Opinion the drafts cite or leave out (coverage --help)
  policy-cite --help                    this text
  policy-cite --version                 the version

Examples:
  policy-cite check draft.docx
  policy-cite check drafts/ --format sarif -o policy-cite.sarif
  policy-cite check "drafts/**/*.md" --fix

Exit codes: 0 nothing at error level, 1 findings at error level, 2 bad usage or unreadable input.`,
    zh: `policy-cite — 检查文稿中对《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）的引用

用法：
  policy-cite check [选项] 路径...       检查 .txt、.md 和 .docx 文稿（文件、文件夹、通配符）
  policy-cite check --help              check 的全部选项及示例
  policy-cite coverage [选项] 路径...    文稿引用了或遗漏了《意见》的哪些条目（详见 coverage --help）
  policy-cite --help                    本说明
  policy-cite --version                 版本号

示例：
  policy-cite check 征求意见稿.docx
  policy-cite check 文稿/ --format sarif -o policy-cite.sarif
  policy-cite check "文稿/**/*.md" --fix

退出码：0 无错误级问题；1 有错误级问题；2 用法错误或有文件无法读取。`,
  },
  check: {
    en: `policy-cite check [options] PATH...

Checks every citation of 国发〔2015〕5号 in the drafts and prints what does not match, the way compilers do:

  examples/draft-en.md:9:60: error unknown-clause Part III (Guarantee measures) of GF No. (2015)5 has seven
  sections; "Part III, item (8)" does not exist.
     9 | The Opinions set four basic principles and six main tasks; Part III, item (8) does not exist.
       |                                                            ^~~~~~~~~~~~~~~~~~
  Checked 1 file: 1 error.

PATH is a file, a folder (searched for .txt, .md, .markdown and .docx; hidden folders, node_modules and Word's
~$ lock files are skipped) or a glob ("drafts/**/*.md", quoted or not). A file named on its own is read as plain
text whatever its extension; .doc, .pdf and the like are refused (save them as .docx).

Positions: lines are 1-based and end at LF, CRLF or CR; columns are 1-based and count Unicode characters (code
points): an emoji or a Chinese character is one column, a byte-order mark is not counted. In .docx files the line
is the paragraph (the line it would be on if Word saved the document as plain text) and the column the character
within it. SARIF output says the same (columnKind "unicodeCodePoints").

Text files may be UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030/GBK.

Options:
  -f, --format text|json|sarif  text (default) for people; json: one document, shape in the README ("Command
                                line"); sarif: SARIF 2.1.0 for code-scanning tools
  -o, --output FILE             write the report to FILE instead of standard output
      --fix                     apply the safe fixes to .txt and .md files in place (never to .docx), print what
                                changed, then report what is left
      --lang zh|en              language of messages (default: from LANG, else English)
      --rules CODE=LEVEL,...    set rules' levels: off, hint, info, warning, error (repeatable), e.g.
                                --rules misquote=error,alias-undefined=off
      --config FILE             a JSON file shaped like the editor's settings: {"rules": {"misquote": "error"},
                                "messageLanguage": "zh"}; --rules and --lang given on the line win
      --sources PATH            also check citations of the policy documents in PATH (a .txt/.md file in the
                                official layout, a folder of them, or a glob; repeatable)
      --exit-zero               exit 0 even when findings are at error level (2 still means bad usage or input)
      --color [auto|always|never]  colour: auto (default) colours only when output is a terminal and NO_COLOR is
                                not set; --no-color = never
  -j, --jobs N                  check N files at a time in worker threads (default: one per core for large
                                batches; 1 checks in this process)
      --no-progress             no progress bar (it only ever appears on a terminal, for long runs)
  -h, --help                    this text

Rules and default levels:
${ALL_RULES.map((c) => `  ${c.padEnd(22)}${DEFAULT_LEVELS[c]}`).join('\n')}

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

路径可以是文件、文件夹（查找其中的 .txt、.md、.markdown 和 .docx；跳过隐藏文件夹、node_modules 和 Word 的 ~$ 临时
文件）或通配符（"文稿/**/*.md"，加不加引号均可）。单独给出的文件不论扩展名都按纯文本读取；.doc、.pdf 等格式会被拒绝
（请另存为 .docx）。

位置：行号从 1 开始，换行可以是 LF、CRLF 或 CR；列号从 1 开始，按 Unicode 字符（码位）计数：一个表情符号或一个汉字
算一列，字节顺序标记（BOM）不计。.docx 文件的“行”是段落（即 Word 另存为纯文本时所在的行），列是段落内的字符位置。
SARIF 输出与此一致（columnKind 为 "unicodeCodePoints"）。

文本文件可以是 UTF-8（有无 BOM 均可）、带 BOM 的 UTF-16 或 GB18030/GBK。

选项：
  -f, --format text|json|sarif  text（默认）供人阅读；json：单个 JSON 文档，结构见 README“Command line”一节；
                                sarif：SARIF 2.1.0，供代码扫描工具使用
  -o, --output 文件             把报告写入文件而不是标准输出
      --fix                     就地对 .txt 和 .md 文件应用安全的修正（从不修改 .docx），列出改动，再报告剩余问题
      --lang zh|en              提示语言（默认按 LANG 环境变量，否则英文）
      --rules 规则=级别,...     设置规则级别：off、hint、info、warning、error（可重复），例如
                                --rules misquote=error,alias-undefined=off
      --config 文件             与编辑器设置同形的 JSON 文件：{"rules": {"misquote": "error"}, "messageLanguage": "zh"}；
                                命令行上的 --rules 和 --lang 优先
      --sources 路径            同时核对对路径中政策文件的引用（按公文格式排版的 .txt/.md 文件、其所在文件夹或通配符；可重复）
      --exit-zero               即使有错误级问题也以 0 退出（2 仍表示用法错误或输入无法读取）
      --color [auto|always|never]  颜色：auto（默认）仅在输出到终端且未设置 NO_COLOR 时着色；--no-color 即 never
  -j, --jobs N                  用 N 个工作线程同时检查（默认：文件较多时每个 CPU 核一个；1 表示在本进程内检查）
      --no-progress             不显示进度条（进度条只在终端上、耗时较长时出现）
  -h, --help                    本说明

规则及默认级别：
${ALL_RULES.map((c) => `  ${c.padEnd(22)}${DEFAULT_LEVELS[c]}`).join('\n')}

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
};
