// numbering-sequence: the draft's own heading numbers. Each error with its fix, and the drafts it must leave alone.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_LEVELS } from '../../server/src/core/model';
import { ROOT, applyFix, run } from '../helpers/corpus';
import { needShared } from '../helpers/skips';

const CODE = 'numbering-sequence';
const numbering = (text: string) => run(text).findings.filter((f) => f.code === CODE);
/** [the marker flagged, the English message] for each numbering finding. */
const flagged = (text: string) => numbering(text).map((f) => text.slice(f.span.start, f.span.end));
const expectNone = (text: string) =>
  assert.deepEqual(
    numbering(text).map((f) => [text.slice(f.span.start, f.span.end), f.message.en]),
    [],
    text,
  );
/** Applies the first fix of the only numbering finding. */
const renumbered = (text: string) => {
  const fs = numbering(text);
  assert.equal(fs.length, 1, `one finding expected in:\n${text}\ngot ${JSON.stringify(fs.map((f) => f.message.en))}`);
  return applyFix(text, fs[0]);
};
const lines = (...ls: string[]) => ls.join('\n');

describe('numbering-sequence: errors and their fixes', () => {
  const cases: { name: string; text: string; flagged: string[]; fixed: string; says: RegExp }[] = [
    {
      name: 'a skipped top-level number (一、二、四、) renumbers the rest',
      text: lines('一、总体要求', '二、重点任务', '四、保障措施', '五、组织实施'),
      flagged: ['四、'],
      says: /Skipped number.*三、 is missing/,
      fixed: lines('一、总体要求', '二、重点任务', '三、保障措施', '四、组织实施'),
    },
    {
      name: 'a repeated number that is a single typo changes only that heading',
      text: lines('（一）发展公共云服务。', '（二）推进大数据应用。', '（二）保障信息安全。', '（四）完善标准体系。'),
      flagged: ['（二）'],
      says: /Repeated number/,
      fixed: lines('（一）发展公共云服务。', '（二）推进大数据应用。', '（三）保障信息安全。', '（四）完善标准体系。'),
    },
    {
      name: 'a repeated number followed by the rest in sequence renumbers the rest',
      text: lines('1.加强统筹。', '2.完善机制。', '2.强化考核。', '3.加大投入。'),
      flagged: ['2.'],
      says: /Repeated number/,
      fixed: lines('1.加强统筹。', '2.完善机制。', '3.强化考核。', '4.加大投入。'),
    },
    {
      name: 'a number that goes backwards',
      text: lines('（1）建设平台；', '（2）培育企业；', '（3）开展示范；', '（2）加强安全。'),
      flagged: ['（2）'],
      says: /out of order/,
      fixed: lines('（1）建设平台；', '（2）培育企业；', '（3）开展示范；', '（4）加强安全。'),
    },
    {
      name: 'a sub-level that does not restart under a new parent, in a draft that restarts elsewhere',
      text: lines(
        '一、总体要求',
        '（一）指导思想',
        '（二）工作目标',
        '二、重点任务',
        '（三）发展公共云服务',
        '（四）推进大数据应用',
        '三、保障措施',
        '（一）加强组织领导',
        '（二）加大资金支持',
      ),
      flagged: ['（三）'],
      says: /does not restart/,
      fixed: lines(
        '一、总体要求',
        '（一）指导思想',
        '（二）工作目标',
        '二、重点任务',
        '（一）发展公共云服务',
        '（二）推进大数据应用',
        '三、保障措施',
        '（一）加强组织领导',
        '（二）加大资金支持',
      ),
    },
    {
      name: 'a first item under a heading that is not the first',
      text: lines('一、总体要求', '（二）基本原则', '（三）工作目标', '二、重点任务', '（一）发展公共云服务'),
      flagged: ['（二）'],
      says: /first item under 一、 should be （一）/,
      fixed: lines('一、总体要求', '（一）基本原则', '（二）工作目标', '二、重点任务', '（一）发展公共云服务'),
    },
    {
      name: 'half-width brackets and Markdown headings keep their form when renumbered',
      text: lines('## 一、总体要求', '', '## 三、重点任务', '', '### (一)发展公共云服务', '', '### (三)推进大数据应用'),
      flagged: ['三、', '(三)'],
      says: /Skipped number/,
      fixed: '',
    },
    {
      name: 'English headings: I. II. IV.',
      text: lines('I. Overall requirements', 'II. Main tasks', 'IV. Safeguards'),
      flagged: ['IV.'],
      says: /Skipped number.*III\. is missing/,
      fixed: lines('I. Overall requirements', 'II. Main tasks', 'III. Safeguards'),
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(flagged(c.text), c.flagged);
      assert.match(numbering(c.text)[0].message.en, c.says);
      assert.ok(numbering(c.text)[0].message.zh.length > 0);
      if (c.fixed) {
        const after = renumbered(c.text);
        assert.equal(after, c.fixed);
        expectNone(after);
      }
    });
  }

  it('renumbers both errors of a Markdown draft, one fix at a time, to a clean draft', () => {
    let text = cases[6].text;
    for (let i = 0; i < 3 && numbering(text).length; i++) text = applyFix(text, numbering(text)[0]);
    assert.equal(
      text,
      lines('## 一、总体要求', '', '## 二、重点任务', '', '### (一)发展公共云服务', '', '### (二)推进大数据应用'),
    );
  });

  it('flags a level used out of order: （一） breaking into a list of 1.', () => {
    const text = lines(
      '一、总体要求',
      '1.指导思想',
      '（一）坚持市场主导',
      '（二）坚持创新驱动',
      '2.工作目标',
      '二、重点任务',
    );
    assert.deepEqual(flagged(text), ['（一）']);
    assert.match(numbering(text)[0].message.en, /level out of order/);
    assert.match(numbering(text)[0].message.zh, /层次使用不当/);
  });

  it('is a warning, with a renumber fix that fix-all leaves alone', () => {
    const f = numbering(cases[0].text)[0];
    assert.equal(DEFAULT_LEVELS[CODE], 'warning');
    assert.equal(f.fixes[0].safe, false);
    assert.match(f.fixes[0].title.en, /Renumber \(2 headings\)/);
  });

  it('can be silenced with a policy-cite-disable comment', () => {
    expectNone(
      lines('一、总体要求', '二、重点任务', '// policy-cite-disable-next-line numbering-sequence', '四、保障措施'),
    );
  });
});

describe('numbering-sequence: drafts it leaves alone', () => {
  const clean: [string, string][] = [
    [
      'a correct four-level plan',
      lines(
        '一、总体要求',
        '（一）指导思想',
        '（二）基本原则',
        '1.市场主导',
        '2.统筹协调',
        '（1）分类指导；',
        '（2）重点突破。',
        '3.创新驱动',
        '（三）工作目标',
        '二、重点任务',
        '（一）发展公共云服务',
        '1.实施云计算工程',
        '2.培育骨干企业',
        '（二）推进大数据应用',
        '三、保障措施',
      ),
    ],
    [
      'numbering straight through the draft, as central documents do',
      lines(
        '一、总体要求',
        '（一）指导思想',
        '（二）基本原则',
        '二、重点任务',
        '（三）发展公共云服务',
        '（四）推进大数据应用',
        '三、保障措施',
        '（五）加强组织领导',
      ),
    ],
    [
      'levels skipped on purpose (一、 then 1.)',
      lines('一、总体要求', '1.加强统筹', '2.完善机制', '二、保障措施', '1.加大投入'),
    ],
    [
      'a new list restarting at 1 (an annex, a table of contents)',
      lines(
        '目录',
        '一、总体要求',
        '二、重点任务',
        '三、保障措施',
        '',
        '一、总体要求',
        '（一）指导思想',
        '二、重点任务',
        '三、保障措施',
        '附件',
        '一、任务分工',
        '二、进度安排',
      ),
    ],
    ['an excerpt that starts in the middle', lines('三、保障措施', '四、组织实施')],
    [
      "the Opinion's own numbering quoted in the draft",
      lines(
        '一、总体要求',
        '国发〔2015〕5号文件部署的任务中，与本市关系最密切的是：',
        '（一）增强云计算服务能力；',
        '（四）加强大数据开发与利用；',
        '（六）提升安全保障能力。',
        '二、重点任务',
        '（一）发展公共云服务',
      ),
    ],
    [
      "the Opinion's parts quoted, with sections picked out under them",
      lines(
        '对照国发〔2015〕5号文件逐条说明：',
        '二、主要任务',
        '（三）电子政务方面：本市已建成政务云。',
        '（五）基础设施方面：按布局要求建设。',
        '三、保障措施',
        '（二）法规方面：正在起草。',
      ),
    ],
    [
      "a plan that mirrors the Opinion's headings",
      lines(
        '一、指导思想、基本原则和发展目标',
        '（一）指导思想',
        '（二）基本原则',
        '（三）发展目标',
        '二、主要任务',
        '（一）增强云计算服务能力',
        '（二）推进电子政务云建设',
      ),
    ],
    [
      'lists inside quotes and block quotes',
      lines(
        '《意见》指出：“',
        '一、指导思想',
        '三、主要任务',
        '”',
        '> 一、总体要求',
        '> 三、保障措施',
        '一、总体要求',
        '二、重点任务',
      ),
    ],
    [
      'Markdown ordered lists',
      lines(
        '# 实施方案',
        '',
        '## 一、重点任务',
        '',
        '1. 发展公共云服务',
        '1. 推进大数据应用',
        '1. 保障信息安全',
        '',
        '3. 完善标准',
        '5. 加强人才',
        '',
        '- 一、',
        '- 三、',
      ),
    ],
    [
      'English ordered lists and numbered paragraphs',
      lines(
        '# Notes',
        '',
        '1. First point',
        '3. Third point',
        '',
        'Part II (4) and Part II (6) are the big data and security tasks.',
      ),
    ],
    [
      'numbers that are not headings',
      lines(
        '一、二线城市率先推进。',
        '1.5万台服务器已投入使用。',
        '2017年底前完成。',
        '3.1 节说明了方法。',
        '一是加强统筹，二是完善机制，四是加大投入。',
      ),
    ],
    ['code blocks', lines('```', '一、', '三、', '```', '一、总体要求')],
    ['the shipped Chinese text of the Opinion', fs.readFileSync(path.join(ROOT, 'corpus', 'gf-2015-5.zh.txt'), 'utf8')],
    ['the shipped English text of the Opinion', fs.readFileSync(path.join(ROOT, 'corpus', 'gf-2015-5.en.txt'), 'utf8')],
  ];
  for (const [name, text] of clean) it(`leaves alone ${name}`, () => expectNone(text));

  it('leaves alone the public sample drafts in shared/eval/public', function () {
    const dir = needShared(this, path.join('eval', 'public'));
    const drafts = fs.readdirSync(dir).filter((x) => /\.(txt|md)$/.test(x));
    assert.ok(drafts.length >= 2, `sample drafts in ${dir}: ${drafts.join(', ')}`);
    for (const f of drafts) expectNone(fs.readFileSync(path.join(dir, f), 'utf8'));
  });
});
