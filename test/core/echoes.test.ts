// Echoes and copy drift: passages restated from a source — quoted or not, cited or not — are linked to the clause
// they restate, and a word, figure or negation changed inside an otherwise exact run is reported with the source's
// wording. Legitimate adaptation raises nothing.
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { coverage } from '../../server/src/core/coverage';
import { citationAt, hoverMarkdown, targetOf } from '../../server/src/core/features';
import type { Echo } from '../../server/src/core/echoes';
import { UNIT_CLASSES, classTable } from '../../server/src/core/echo-text';
import { lib, run } from '../helpers/corpus';
import { ID, sourcesLib } from '../sources/helpers';

const CITE =
  '根据《国务院关于促进云计算创新发展培育信息产业新业态的意见》（国发〔2015〕5号，以下简称《意见》），制定本方案。\n\n';
const CITE_EN =
  'This plan implements the Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry (GF No. (2015)5).\n\n';

/** copy-drift findings as [covered text, the source's words in the fix]. */
function drifts(text: string, l = lib()): [string, string][] {
  return analyze(text, l)
    .findings.filter((f) => f.code === 'copy-drift')
    .map((f) => [text.slice(f.span.start, f.span.end), f.fixes[0]?.edits[0]?.newText ?? '']);
}

function echoes(text: string, l = lib()): Echo[] {
  return analyze(text, l).resolved.echoes;
}

describe('echoes: passages restated from a source', () => {
  describe('the errors found in real documents', () => {
    it('推动公共数据开发 for 开放, in a province restating the 2017 goals', () => {
      const text =
        CITE +
        '应用示范成效显著。在社会效益明显、产业带动性强、示范作用突出的若干重点领域推动公共数据开发、信息技术资源整合和政府采购服务改革。';
      assert.deepEqual(drifts(text), [['发', '放']]);
      const f = analyze(text, lib()).findings.find((x) => x.code === 'copy-drift')!;
      assert.match(f.message.zh, /应用示范成效显著/);
      assert.match(f.message.zh, /推动公共数据开放/);
      assert.match(f.message.zh, /推动公共数据开发/);
      assert.match(f.message.en, /Notable application demonstration results/);
    });

    it('国际领先水平 for 国际先进水平: a character added before a kept one and another left out after it is one word', () => {
      const text =
        CITE +
        '到2020年，云计算服务能力达到国际领先水平，掌握云计算关键技术，形成若干具有较强国际竞争力的云计算骨干企业。';
      assert.deepEqual(drifts(text), [['领先', '先进']]);
      // the passage as the Opinion has it, and one with words only added or only left out, raise nothing
      assert.deepEqual(drifts(text.replace('国际领先水平', '国际先进水平')), []);
      assert.deepEqual(drifts(text.replace('国际领先水平', '国际先进的水平')), []);
    });

    it('约为260字节 and "c. 260 bytes" for the Opinion’s 2⁶⁰', () => {
      assert.deepEqual(
        drifts(
          CITE + '突破云计算平台软件、艾字节（EB，约为260字节）级云存储系统、大数据挖掘分析等一批关键技术与产品。',
        ),
        [['260', '2⁶⁰']],
      );
      assert.deepEqual(
        drifts(
          CITE_EN +
            'make breakthroughs in cloud computing platform software, Exabyte-level (EB, c. 260 bytes) cloud storage systems, big data excavation and analysis.',
        ),
        [['260', '2⁶⁰']],
      );
    });

    it('电子政务 for 电子商务 in a list of task (四)’s fields', () => {
      const text =
        CITE +
        '在公共安全、疾病防治、灾害预防、就业和社会保障、交通物流、教育科研、电子政务等领域，开展基于云计算的大数据应用示范。';
      assert.deepEqual(drifts(text), [['政', '商']]);
    });

    it('大幅建设 for 大幅减少, the phrase moved after its object', () => {
      const text =
        CITE +
        '鼓励应用云计算技术整合改造现有电子政务信息系统，实现各领域政务信息系统整体部署和共建共用，政府自建数据中心数量大幅建设。';
      assert.deepEqual(drifts(text), [['大幅建设', '大幅减少']]);
    });

    it('a figure, a year and a negation changed', () => {
      assert.deepEqual(drifts(CITE + '政府自建数据中心数量减少10%以上。'), [['10%', '5%']]);
      assert.deepEqual(drifts(CITE + '到2020年，云计算在重点领域的应用得到深化，产业链条基本健全。'), [
        ['2020', '2017'],
      ]);
      assert.deepEqual(drifts(CITE + '对符合布局原则和能耗标准的云计算数据中心，不支持其参加直供电试点。'), [
        ['不', ''],
      ]);
      assert.deepEqual(
        drifts(
          CITE_EN +
            'Construction has been focused on while application has been overlooked, and the sprouts of orderly development of data centres are beginning to emerge.',
        ),
        [['orderly', 'disorderly']],
      );
    });

    it('an English opposite over two words: far from for close to', () => {
      const text =
        CITE_EN +
        'small and mid-size data centres mainly operating real-time applications are flexibly distributed in regions far from where their users are located and with stable electricity supply.';
      assert.deepEqual(
        drifts(text).map(([t]) => t),
        ['far from'],
      );
    });
  });

  describe('legitimate adaptation raises nothing', () => {
    const clean = (text: string) => assert.deepEqual(drifts(text), [], text);

    it('the drafter’s own subject: 我国 → 我省, 全国 → 全省, our country’s → China’s', () => {
      clean(
        CITE +
          '到2020年，云计算应用基本普及，云计算服务能力达到国际先进水平，掌握云计算关键技术，成为我省信息化重要形态和建设网络强省的重要支撑。',
      );
      clean(
        CITE + '采取无偿资助、后补助等多种方式加大省级财政资金支持力度，引导社会投资，支持云计算关键技术研发及产业化。',
      );
    });

    it('the drafter’s own offices and places as subjects, and 中国 for 我国', () => {
      clean(CITE + '区发展改革委、区科技和工业信息化局、区财政局要会同有关部门，加强对云计算发展的跟踪分析。');
      clean(
        '《國務院關於促進雲計算創新發展培育信息產業新業態的意見》提出，到2020年，雲計算成為中國信息化重要形態和建設網絡強國的重要支撐。',
      );
    });

    it('the drafter’s own goals: its own year and figures where it names itself', () => {
      clean(CITE + '到2018年，全省新建大型云计算数据中心能源利用效率（PUE）值优于1.3。');
      clean(CITE + '到2020年，全市云计算应用全面普及。');
    });

    it('words added between copied runs, and words left out', () => {
      clean(CITE + '支持我省信息技术企业加快向云计算产品和服务提供商转型，大力发展公共云计算服务。');
      clean(
        CITE +
          '加强大数据开发与利用。开展公共数据开放利用改革试点，在保障信息安全和个人隐私的前提下，积极探索地理、人口、知识产权及其他有关管理机构数据资源向社会开放。',
      );
    });

    it('punctuation, width, traditional characters and the English translation’s own oddities', () => {
      clean(
        CITE +
          '在社会效益明显，产业带动性强，示范作用突出的若干重点领域推动公共数据开放，信息技术资源整合和政府采购服务改革',
      );
      clean(
        '《國務院關於促進雲計算創新發展培育信息產業新業態的意見》提出：政府自建數據中心數量減少5%以上，在降低創業門檻、服務民生、培育新業態等方面取得積極成效。',
      );
      clean(
        CITE_EN +
          'By 2017, newly-build large-scale data centres are to have a power usage effectiveness (PUE) of better than 1.5, and the cloud computing data centre regional layout is to be preliminarily optimized.',
      );
      clean(CITE + '艾字节（EB，约为2^60字节）级云存储系统、大数据挖掘分析等一批关键技术与产品');
    });

    it('a faithful echo is linked all the same', () => {
      const e = echoes(
        CITE +
          '在降低创业门槛、服务民生、培育新业态、探索电子政务建设新模式等方面取得积极成效，政府自建数据中心数量减少5%以上。',
      );
      assert.equal(e.length, 1);
      assert.equal(e[0].nodeId, 'I.3.demonstration');
      assert.ok(e[0].ops.every((o) => o.op === 'same'));
    });

    it('a draft’s own title restating the Opinion’s is no drift, nor a short common phrase an echo', () => {
      clean('关于促进云计算创新发展培育信息产业新业态的实施方案\n\n' + CITE);
      assert.deepEqual(echoes('我们要推动云计算发展。'), []);
    });
  });

  describe('quoted and unquoted', () => {
    it('a quotation attributed to the Opinion is the misquote rule’s, and copy drift stays silent', () => {
      const text =
        CITE + '《意见》明确提出，“在社会效益明显、产业带动性强、示范作用突出的若干重点领域推动公共数据开发”。';
      const codes = analyze(text, lib()).findings.map((f) => f.code);
      assert.deepEqual(codes, ['misquote']);
    });

    it('a quotation not attributed to it is an echo like any passage', () => {
      const text = CITE + '有专家指出，“政府自建数据中心数量减少10%以上”的要求很严。';
      assert.deepEqual(drifts(text), [['10%', '5%']]);
    });

    it('a figure both restated and attributed is one mistake: the target’s', () => {
      const text = CITE + '《意见》要求，到2017年政府自建数据中心数量减少50%以上。';
      const codes = analyze(text, lib()).findings.map((f) => f.code);
      assert.deepEqual(codes, ['target-mismatch']);
    });
  });

  describe('positions', () => {
    it('counts UTF-16 units after an emoji and keeps its ranges under CRLF', () => {
      const body =
        '🏛️ 政府自建数据中心数量增加5%以上\r\n\r\n😀在社会效益明显、产业带动性强、示范作用突出的若干重点领域推动公共数据开发、信息技术资源整合。\r\n';
      const text = CITE.replace(/\n/g, '\r\n') + body;
      assert.deepEqual(drifts(text), [
        ['增加', '减少'],
        ['发', '放'],
      ]);
      const lf = text.replace(/\r\n/g, '\n');
      assert.deepEqual(
        drifts(text).map(([t]) => t),
        drifts(lf).map(([t]) => t),
      );
    });
  });

  describe('user sources', () => {
    it('finds echoes of a user source and its drift', () => {
      const text =
        '根据国发〔2015〕50号，制定本方案。\n\n以数据流引领技术流、物质流、资金流、人才流，将深刻改变社会分工协作的组织模式。';
      const e = echoes(text, sourcesLib());
      assert.ok(e.some((x) => x.docId === ID.gf50));
      assert.deepEqual(drifts(text, sourcesLib()), [['改变', '影响']]);
    });
  });

  describe('linking', () => {
    const text = CITE + '在降低创业门槛、服务民生、培育新业态等方面取得积极成效，政府自建数据中心数量减少5%以上。';
    const a = analyze(text, lib());
    const at = text.indexOf('降低创业门槛');

    it('hovers an echo with the clause it restates and the source passage, in both languages', () => {
      const c = citationAt(a, at)!;
      assert.equal(c.kind, 'echo');
      const md = hoverMarkdown(lib(), c, { hoverLanguage: 'both', uiLang: 'zh' })!;
      assert.match(md, /转述/);
      assert.match(md, /应用示范成效显著/);
      assert.match(md, /降低创业门槛/);
      assert.match(md, /Notable application demonstration results/);
    });

    it('marks the draft’s differences in the hover', () => {
      const t = CITE + '在降低创业门槛、服务民生、培育新业态等方面取得积极成效，政府自建数据中心数量减少10%以上。';
      const b = analyze(t, lib());
      const md = hoverMarkdown(lib(), citationAt(b, t.indexOf('降低'))!, { hoverLanguage: 'zh', uiLang: 'zh' })!;
      assert.match(md, /~~5%~~ \*\*10%\*\*/);
    });

    it('jumps to the restated words in the source', () => {
      const t = targetOf(lib(), citationAt(a, at)!)!;
      const src = lib().corpora[0].data.texts.zh!;
      assert.equal(t.node.id, 'I.3.demonstration');
      assert.match(src.slice(t.range[0], t.range[1]), /^在降低创业门槛.*政府自建数据中心数量减少5%以上$/);
    });

    it('counts a clause answered by an echo as restated, apart from cited', () => {
      const cov = coverage(a, lib())!;
      const n = cov.nodes.find((x) => x.id === 'I.3.demonstration')!;
      assert.equal(n.citations.length, 0);
      assert.equal(n.restatements.length, 1);
      assert.equal(n.restatements[0].via, 'echo');
      const drift = coverage(run(text.replace('5%', '10%')), lib())!;
      assert.equal(drift.nodes.find((x) => x.id === 'I.3.demonstration')!.misCitations[0].problem?.code, 'copy-drift');
    });
  });
});

describe('echoes: the comparison form', () => {
  it('classes every UTF-16 unit as testing it alone against the Unicode classes does', () => {
    const { KEEP, SPACE, LINE, DROP, DIGIT, LETTER, UPPER } = UNIT_CLASSES;
    const drop = /[\p{P}\p{S}]/u,
      space = /\s/;
    const table = classTable();
    const wrong: string[] = [];
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      const want =
        c === 0x0a || c === 0x7c
          ? LINE
          : c >= 0x30 && c <= 0x39
            ? DIGIT
            : c >= 0x61 && c <= 0x7a
              ? LETTER
              : c >= 0x41 && c <= 0x5a
                ? UPPER
                : c >= 0xd800 && c <= 0xdfff
                  ? KEEP
                  : space.test(ch)
                    ? SPACE
                    : drop.test(ch)
                      ? DROP
                      : KEEP;
      if (table[c] !== want && wrong.length < 5) wrong.push(`U+${c.toString(16)}: ${table[c]} for ${want}`);
    }
    assert.deepEqual(wrong, []);
  });
});
