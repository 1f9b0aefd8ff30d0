// Bugs the property, adversarial and fuzz suites found, each kept as the smallest input that showed it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readSource } from '../../server/src/sources-node';
import { parseSettings } from '../../server/src/lsp/settings';
import { applyFix, run } from '../helpers/corpus';

const T = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》';
const lines = (text: string, eol: string) => text.replace(/\n/g, eol);
const shape = (text: string) => run(text).citations.map((c) => `${c.kind} ${c.docId}`);

describe('robustness: regressions found by the property suites', function () {
  this.timeout(60_000);
  it('a lone CR ends a line as LF does: no quotation runs across it', () => {
    const lf = `${T}第四部分"\n(hereinafter "the Opinions")`;
    assert.deepEqual(shape(lines(lf, '\r')), shape(lf));
    assert.deepEqual(shape(lines(lf, '\r\n')), shape(lf));
  });

  it('CRLF is one line break: English wrapped across lines reads as under LF', () => {
    for (const lf of [
      'the Opinions\nmain tasks (3)',
      `${T}\n\n(hereinafter "the Opinions")`,
      `The ${'Opinions'} were issued by the State\nCouncil; the Opinions\nstate that "cloud computing is the only way".`,
    ]) {
      const crlf = lines(lf, '\r\n');
      assert.deepEqual(
        run(crlf).citations.map((c) => crlf.slice(c.span.start, c.span.end).replace(/\r\n/g, '\n')),
        run(lf).citations.map((c) => lf.slice(c.span.start, c.span.end)),
        JSON.stringify(lf),
      );
      assert.deepEqual(
        run(crlf).findings.map((f) => f.code),
        run(lf).findings.map((f) => f.code),
      );
    }
  });

  it('maps CRLF offsets back into the draft, never between CR and LF', () => {
    const crlf = `第一行\r\n${T}（国发[2015]05号）\r\n\r\n${T}指出“云计算是唯一出路”。\r\n`;
    const a = run(crlf);
    assert.deepEqual(
      a.findings.map((f) => [f.code, crlf.slice(f.span.start, f.span.end)]),
      [
        ['doc-number-format', '国发[2015]05号'],
        ['misquote', '“云计算是唯一出路”'],
      ],
    );
    assert.equal(applyFix(crlf, a.findings[0]), crlf.replace('国发[2015]05号', '国发〔2015〕5号'));
    assert.equal(a.text, crlf);
  });

  it('a year two targets share gets no safe fix: changing it would only move the error', () => {
    for (const text of [`${T}到2017年，新建大型云计算数据中心PUE值优于1.5，云计算应用基本普及。`]) {
      const years = run(text).findings.filter(
        (f) => f.code === 'target-mismatch' && /^20\d\d$/.test(text.slice(f.span.start, f.span.end)),
      );
      assert.equal(years.length, 1, text);
      assert.deepEqual(
        years[0].fixes.map((x) => x.safe),
        [false],
      );
    }
    // one target alone keeps its safe fix
    const alone = `${T}提出，到2017年云计算应用基本普及。`;
    const f = run(alone).findings.find((x) => x.code === 'target-mismatch')!;
    assert.deepEqual([alone.slice(f.span.start, f.span.end), f.fixes[0].safe], ['2017', true]);
    assert.ok(!run(applyFix(alone, f)).findings.some((x) => x.code === 'target-mismatch'));
  });

  it('a huge or structured settings value is named in a short message, not echoed whole', () => {
    const { problems } = parseSettings({
      rules: { misquote: 'x'.repeat(1 << 20), ['y'.repeat(5000)]: 'error' },
      hoverLanguage: { deep: [1, 2] },
    });
    assert.equal(problems.length, 3);
    for (const p of problems) assert.ok(p.length < 600, p.slice(0, 100));
    assert.ok(
      problems.some((p) => p.includes('{"deep":[1,2]}')),
      'an object is shown as written, not as [object Object]',
    );
  });

  it('a source file that is not valid UTF-8 is still read, with a message saying so', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-cite-utf8-'));
    try {
      const bad = path.join(dir, 'bad.md'),
        good = path.join(dir, 'good.md');
      fs.writeFileSync(
        bad,
        Buffer.concat([Buffer.from('# 关于某事的通知\n', 'utf8'), Buffer.from([0xff, 0xfe, 0xc3])]),
      );
      fs.writeFileSync(good, '# 关于某事的通知\n');
      const r = readSource(bad);
      assert.ok(r.text?.startsWith('# 关于某事的通知') && r.text.includes('\ufffd'));
      assert.match(r.problem ?? '', /bad\.md: not valid UTF-8/);
      assert.deepEqual(readSource(good), { text: '# 关于某事的通知\n' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a PUE figure that runs into a year is not read as a PUE value (its fix used to eat the year)', () => {
    for (const text of [`${T}PUE值高于1.52015年1月6日`, `${T} states a PUE of 1.52015 here.`]) {
      assert.deepEqual(
        run(text)
          .findings.filter((f) => f.code === 'target-mismatch')
          .map((f) => text.slice(f.span.start, f.span.end)),
        [],
        text,
      );
    }
    // a figure that ends where it should still counts, before a full stop too
    assert.deepEqual(
      run(`${T}指出，PUE值高于1.5。`).findings.map((f) => f.code),
      ['target-mismatch'],
    );
    assert.deepEqual(
      run(`The ${'Opinions'} (GF No. (2015)5) state a PUE below 1.3.`).findings.map((f) => f.code),
      ['target-mismatch'],
    );
  });

  it('a blank line made of lone CRs separates blocks as LF does (an alias is not defined across it)', () => {
    const lf = `${T}\n\n(hereinafter "the Opinions")`;
    assert.deepEqual(shape(lines(lf, '\r')), shape(lf));
  });

  it('the last digit of a decimal is not a count (PUE值优于1.5保障措施…)', () => {
    const text = `${T}PUE值优于1.5保障措施第（三）项`;
    assert.deepEqual(
      run(text).findings.filter((f) => f.code === 'count-mismatch'),
      [],
    );
    assert.deepEqual(
      run(`${T}提出5项保障措施。`).findings.map((f) => f.code),
      ['count-mismatch'],
    );
  });

  it('hundreds of thousands of mentions do not overflow the call stack (一（二） × 250 000 threw RangeError)', () => {
    const text = '一（二）'.repeat(250_000);
    assert.doesNotThrow(() => run(text));
  });
});
