// Every string the page shows, in Chinese and English. The page follows the browser's language (navigator.language)
// until the reader switches; nothing about the choice is stored.
import type { Lang, Severity } from '../protocol';

const STRINGS = {
  appTitle: { zh: 'Policy Cite 引用核对', en: 'Policy Cite citation checker' },
  appSubtitle: {
    zh: '核对草稿对《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号）的引用',
    en: 'Checks how a draft cites the State Council Opinion on cloud computing (GF No. (2015)5)',
  },
  privacy: {
    zh: '全部在本页面内完成：草稿不上传、不联网，只留在这台电脑上。',
    en: 'Everything runs in this page: the draft is never uploaded and no network is used; it stays on this computer.',
  },
  language: { zh: '界面语言', en: 'Interface language' },
  toolbar: { zh: '操作', en: 'Actions' },
  open: { zh: '打开草稿…', en: 'Open a draft…' },
  openTitle: { zh: '打开 .txt、.md 或 .docx 文件', en: 'Open a .txt, .md or .docx file' },
  example: { zh: '载入示例', en: 'Load the example' },
  fixAll: { zh: '全部修正', en: 'Fix all' },
  fixAllTitle: { zh: '应用所有可安全自动修正的修改', en: 'Apply every fix that is safe to apply without looking' },
  downloadText: { zh: '下载修正后的文本', en: 'Download the text' },
  downloadCsv: { zh: '下载对照表（CSV）', en: 'Download the matrix (CSV)' },
  downloadReport: { zh: '下载覆盖图（HTML）', en: 'Download the coverage map (HTML)' },
  draft: { zh: '草稿', en: 'Draft' },
  editorLabel: {
    zh: '草稿编辑区：粘贴或输入草稿，或把文件拖到这里',
    en: 'Draft editor: paste or type a draft, or drop a file here',
  },
  placeholder: {
    zh: '在此粘贴或输入草稿，或把 .txt、.md、.docx 文件拖到这里。',
    en: 'Paste or type a draft here, or drop a .txt, .md or .docx file.',
  },
  untitled: { zh: '未命名草稿.txt', en: 'untitled.txt' },
  clauseHeading: { zh: '光标处引用的条文', en: 'The clause cited at the cursor' },
  clauseNone: {
    zh: '把光标放在引用上（或用鼠标指向它），这里会显示所引条文的中英文原文。',
    en: 'Put the cursor on a citation (or point at it) to see the clause it cites, in Chinese and English.',
  },
  tabs: { zh: '结果', en: 'Results' },
  tabFindings: { zh: '问题', en: 'Findings' },
  tabMap: { zh: '覆盖图', en: 'Coverage map' },
  tabTable: { zh: '对照表', en: 'Coverage table' },
  tabSources: { zh: '来源文件', en: 'Sources' },
  tabAuthorities: { zh: '引用文件清单', en: 'Cited documents' },
  authoritiesIntro: {
    zh: '草稿引用的每一份文件：标题、文号、每处引用，以及标题与文号是否一致、文号是否符合 GB/T 9704-2012。',
    en: 'Every document the draft cites: title, number, each place it is cited, whether title and number agree and whether the number is written as GB/T 9704-2012 has it.',
  },
  authDocument: { zh: '文件', en: 'Document' },
  authNumber: { zh: '文号', en: 'Number' },
  authCitations: { zh: '引用处', en: 'Citations' },
  authNotInLibrary: { zh: '不在已知文件中', en: 'not among the known documents' },
  authAgree: { zh: '标题与文号一致', en: 'title and number agree' },
  authDisagree: { zh: '标题与文号不一致', en: 'title and number disagree' },
  authNonStandard: { zh: '文号写法不规范', en: 'number not in GB/T 9704 form' },
  authNone: { zh: '草稿没有引用任何文件。', en: 'The draft cites no document.' },
  noFindings: { zh: '没有发现问题。', en: 'No problems found.' },
  noDraft: { zh: '还没有草稿。', en: 'No draft yet.' },
  checking: { zh: '正在核对…', en: 'Checking…' },
  goTo: { zh: '转到', en: 'Go to' },
  fix: { zh: '修正', en: 'Fix' },
  safe: { zh: '可安全自动修正', en: 'safe to apply' },
  line: { zh: '行', en: 'line' },
  column: { zh: '列', en: 'column' },
  citations: { zh: '处引用', en: 'citations' },
  mapIntro: {
    zh: '原文各部分、条目、原则、目标和量化指标按草稿的处理方式着色。点击条目可查看并定位草稿中的相应段落。',
    en: 'Each part, section, principle, objective and target of the Opinion, coloured by what the draft does with it. Click one to see and find the draft’s passages.',
  },
  sourcesIntro: {
    zh: '草稿还引用了其他文件（如国发〔2015〕50号）？在此加入其全文（.txt、.md 或 .docx，按公文格式：标题、发文字号、正文 一、（一）1.），即可对这些引用悬停查看和核对。',
    en: 'Does the draft cite other documents (GF No. (2015)50 …)? Add their full text here (.txt, .md or .docx, laid out as an official document: title, number, body numbered 一、（一）1. or I. (1) 1.) to get hovers and checks for them.',
  },
  addSource: { zh: '添加来源文件…', en: 'Add source files…' },
  pasteSource: { zh: '粘贴来源全文', en: 'Paste a source’s text' },
  sourceName: { zh: '名称', en: 'Name' },
  sourceText: { zh: '全文', en: 'Full text' },
  addPasted: { zh: '加入', en: 'Add' },
  remember: {
    zh: '在本浏览器中保存来源文件（localStorage），下次打开时自动载入',
    en: 'Keep the sources in this browser (localStorage) for next time',
  },
  noSources: {
    zh: '尚未添加来源文件。内置：国发〔2015〕5号（中英文）。',
    en: 'No sources added. Built in: GF No. (2015)5 (Chinese and English).',
  },
  remove: { zh: '移除', en: 'Remove' },
  statusUsed: { zh: '已使用', en: 'in use' },
  statusUnparsed: { zh: '无法识别为公文，未使用', en: 'not read as a document; not used' },
  statusDuplicate: { zh: '与另一来源重复，未使用', en: 'duplicates another source; not used' },
  statusBundled: { zh: '已内置，未使用此文件', en: 'built in already; this file is not used' },
  workerFailed: { zh: '核对引擎出错', en: 'The checker failed' },
} as const;

export type Key = keyof typeof STRINGS;

let current: Lang = detectLang();

export function detectLang(): Lang {
  const langs = typeof navigator !== 'undefined' ? [...(navigator.languages ?? []), navigator.language] : [];
  const first = langs.find(Boolean) ?? 'en';
  return /^zh\b/i.test(first) ? 'zh' : 'en';
}

export const lang = () => current;
export function setLang(l: Lang): void {
  current = l;
}
export const t = (k: Key): string => STRINGS[k][current];

export function severityName(s: Severity): string {
  const names: Record<Severity, [string, string]> = {
    error: ['错误', 'error'],
    warning: ['警告', 'warning'],
    information: ['信息', 'information'],
    hint: ['提示', 'hint'],
  };
  return names[s][current === 'zh' ? 0 : 1];
}

/** "2 个错误" / "2 errors". */
export function countOf(n: number, s: Severity): string {
  if (current === 'zh') return `${n} 个${severityName(s)}`;
  const word = s === 'information' ? 'note' : s;
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
