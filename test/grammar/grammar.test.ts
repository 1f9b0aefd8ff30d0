// The TextMate grammars in syntaxes/, tokenised the way VS Code does it (vscode-textmate + vscode-oniguruma),
// wired exactly as package.json contributes them: the plain text grammar, and the injection into VS Code's own
// Markdown grammar (a copy in fixtures/). Tests are data: a line, then what a part of it must (not) be.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { ROOT } from '../helpers/corpus';

interface GrammarContribution {
  scopeName: string;
  path: string;
  language?: string;
  injectTo?: string[];
}
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { grammars: GrammarContribution[] };
};
const contributed = pkg.contributes.grammars;
const files = new Map<string, string>([
  [
    'text.html.markdown',
    path.join(__dirname, '..', '..', '..', 'test', 'grammar', 'fixtures', 'markdown.tmLanguage.json'),
  ],
  ...contributed.map((g) => [g.scopeName, path.join(ROOT, g.path)] as [string, string]),
]);

let registry: Promise<vsctm.Registry> | undefined;
function getRegistry(): Promise<vsctm.Registry> {
  registry ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (s: string[]) => new oniguruma.OnigScanner(s),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scope) => {
        const file = files.get(scope);
        return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
      },
      getInjections: (scope) => contributed.filter((g) => g.injectTo?.includes(scope)).map((g) => g.scopeName),
    });
  })();
  return registry;
}

const PLAIN = contributed.find((g) => g.language === 'plaintext')!.scopeName;
const MARKDOWN = 'text.html.markdown';

/** The scopes of every UTF-16 unit of a text (lines tokenised in order, as the editor does). */
async function scopesOf(scope: string, text: string): Promise<string[][]> {
  const grammar = await (await getRegistry()).loadGrammar(scope);
  assert.ok(grammar, `grammar ${scope} loads`);
  const out: string[][] = [];
  let stack = vsctm.INITIAL;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) for (let k = t.startIndex; k < Math.min(t.endIndex, line.length); k++) out.push(t.scopes);
    if (i < lines.length - 1) out.push([scope]);
    stack = r.ruleStack;
  });
  return out;
}

type Expect = [what: string, scope: string | null];
/** A scope that colours: the plain grammar's root and the citation sentence around the marks do not. */
const marks = (scope: string) =>
  scope.endsWith('.policy-cite') && !scope.startsWith('text.plain.') && !scope.startsWith('meta.citation.');
/** `scope` covers every character of `what` (its first occurrence, or after `@N` the N-th); null: no policy-cite scope there. */
async function check(scope: string, text: string, expects: Expect[]): Promise<void> {
  const scopes = await scopesOf(scope, text);
  for (const [whatRaw, want] of expects) {
    const [what, nth] = whatRaw.split('@');
    let at = -1;
    for (let n = 0; n < Number(nth ?? 1); n++) at = text.indexOf(what, at + 1);
    assert.ok(at >= 0, `"${what}" is in the fixture`);
    for (let k = at; k < at + what.length; k++) {
      const s = scopes[k];
      if (want === null) assert.ok(!s.some(marks), `"${what}" is not marked, but ${text[k]} has ${s.join(' ')}`);
      else assert.ok(s.includes(want), `"${what}": ${text[k]} should be ${want} but is ${s.join(' ')}\nin: ${text}`);
    }
  }
}

const TITLE = 'entity.name.type.title.policy-cite';
const NUMBER = 'constant.numeric.document-number.policy-cite';
const CLAUSE = 'constant.other.reference.clause.policy-cite';
const ALIAS = 'entity.name.type.alias.policy-cite';
const T = '国务院关于促进云计算创新发展培育信息产业新业态的意见';
const EN =
  'Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry';

const cases: [name: string, text: string, expects: Expect[]][] = [
  [
    'the standard Chinese citation of a clause',
    `根据《${T}》（国发〔2015〕5号）第二部分第（四）项，推进数据开放。`,
    [
      [T, TITLE],
      ['《', 'punctuation.definition.title.begin.policy-cite'],
      ['国发〔2015〕5号', NUMBER],
      ['第二部分第（四）项', CLAUSE],
      ['推进数据开放', null],
      ['根据', null],
    ],
  ],
  [
    'the alias definition and a later clause in the same sentence',
    `为贯彻落实《${T}》（国发〔2015〕5号，以下简称《意见》），按照第三部分（七）的要求。`,
    [
      ['国发〔2015〕5号', NUMBER],
      ['以下简称', 'keyword.other.alias.policy-cite'],
      ['意见@2', ALIAS],
      ['第三部分（七）', CLAUSE],
    ],
  ],
  [
    'mistyped numbers of the Opinion (the server reports the form)',
    '见国发[2015]5号和国发（2015）第5号。',
    [
      ['国发[2015]5号', NUMBER],
      ['国发（2015）第5号', NUMBER],
    ],
  ],
  [
    'the English citation',
    `Under the ${EN} (GF No. (2015)5, hereinafter "the Opinions"), Part II, Section (4) asks for open data. Part III is elsewhere.`,
    [
      [EN, TITLE],
      ['GF No. (2015)5', NUMBER],
      ['the Opinions@2', ALIAS],
      ['Part II, Section (4)', CLAUSE],
      ['Part III', null],
      ['asks for open data', null],
    ],
  ],
  [
    'clause references with no citation of the Opinion in their sentence',
    '本方案第二部分第（四）项另有规定。《某某省云计算发展规划》第三部分。',
    [
      ['第二部分第（四）项', null],
      ['第三部分', null],
    ],
  ],
  [
    'other documents and their numbers',
    '《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号）和国办发〔2015〕5号。',
    [
      ['国发〔2015〕40号', null],
      ['国办发〔2015〕5号', null],
      ['国务院关于积极推进', null],
    ],
  ],
  [
    'the sentence ends at 。',
    `《${T}》提出要求。第二部分第（一）项另论。`,
    [
      [T, TITLE],
      ['第二部分第（一）项', null],
    ],
  ],
];

describe('TextMate grammars', () => {
  it('are contributed as files that exist, plain text and an injection into Markdown', () => {
    for (const g of contributed) assert.ok(fs.existsSync(path.join(ROOT, g.path)), g.path);
    assert.ok(contributed.some((g) => g.language === 'plaintext'));
    assert.ok(contributed.some((g) => g.injectTo?.includes(MARKDOWN)));
  });

  describe('plain text', () => {
    for (const [name, text, expects] of cases) it(`marks ${name}`, () => check(PLAIN, text, expects));
    it('scopes nothing else', async () => {
      const scopes = await scopesOf(PLAIN, '云计算是推动信息技术能力实现按需供给的新业态。Part II of the plan.');
      assert.ok(scopes.every((s) => s.length === 1 && s[0] === PLAIN));
    });
  });

  describe('Markdown', () => {
    for (const [name, text, expects] of cases) it(`marks ${name}`, () => check(MARKDOWN, text, expects));
    // Inside bold or italic text Markdown's own scopes win: the clause there keeps the bold, not the mark.
    it('keeps Markdown inline formatting inside a citation sentence', () =>
      check(MARKDOWN, `《${T}》**第二部分**和第三部分提出要求。`, [
        [T, TITLE],
        ['第二部分', 'markup.bold.markdown'],
        ['第三部分', CLAUSE],
      ]));
    it('marks citations in headings and list items', () =>
      check(MARKDOWN, `## 贯彻《${T}》\n\n- 国发〔2015〕5号第二部分\n`, [
        [T, TITLE],
        [T, 'markup.heading.markdown'],
        ['国发〔2015〕5号', NUMBER],
        ['第二部分', CLAUSE],
      ]));
    it('leaves code alone', () =>
      check(MARKDOWN, `文中写作 \`国发〔2015〕5号\`。\n\n\`\`\`\n《${T}》第二部分\n\`\`\`\n`, [
        ['国发〔2015〕5号', null],
        [T, null],
        ['第二部分', null],
      ]));
  });
});
