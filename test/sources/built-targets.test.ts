// Targets of user sources counted in things built (issue 14, class 10): 到2022年，建成5G基站10万个 / 建成10万个5G基站 in
// the source; a year and a figure the draft attributes to that source are checked as the Opinion's are, in either order,
// and the drafter's own figures are not.
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { libraryWithSources } from '../../server/src/core/source';
import { lib as bundled } from '../helpers/corpus';

const SOURCE = [
  '某某省人民政府关于加快5G网络建设的意见',
  '某政发〔2020〕8号',
  '各市人民政府，省政府各部门：',
  '为加快5G网络建设，现提出以下意见：',
  '一、总体要求',
  '（一）指导思想。以新发展理念为引领，加快5G网络建设。',
  '（二）主要目标。到2022年，建成5G基站10万个，培育300家以上应用企业，5G用户数达到3000万户。',
  '二、主要任务',
  '（一）加快基站建设。简化审批流程。',
  '（二）推进应用示范。打造一批应用场景。',
  '各市要结合实际抓好落实。',
  '某某省人民政府',
  '2020年3月1日',
].join('\n');

const loaded = libraryWithSources(bundled(), [{ key: 'yj.txt', text: SOURCE }]);
const CITE = '《某某省人民政府关于加快5G网络建设的意见》（某政发〔2020〕8号，以下简称《意见》）';
const findings = (text: string) =>
  analyze(text, loaded.lib).findings.map((f) => [f.code, text.slice(f.span.start, f.span.end)]);

describe('user sources: targets counted in things built', () => {
  it('reads the targets of the source, the count before or after what is built', () => {
    assert.deepEqual(
      loaded.sources.map((s) => s.status),
      ['used'],
    );
    const c = loaded.lib.corpora.find((x) => x.id !== 'gf-2015-5')!;
    assert.deepEqual(
      c.data.targets!.map((t) => [t.year, t.subject.zh, t.comparator, t.value, t.unit]),
      [
        [2022, '5G基站', 'reach', 10, '万个'],
        [2022, '应用企业', 'at-least', 300, '家以上'],
        [2022, '5G用户数', 'reach', 3000, '万户'],
      ],
    );
  });

  it('checks the figure and the year a draft attributes to the source, in either order', () => {
    const cases: [string, string[][]][] = [
      [`${CITE}提出，到2022年建成5G基站8万个。`, [['target-mismatch', '8']]],
      [`${CITE}提出到2022年建成8万个5G基站。`, [['target-mismatch', '8']]],
      [`${CITE}提出，到2023年建成5G基站10万个。`, [['target-mismatch', '2023']]],
      [`${CITE}提出，到2022年5G用户数达到2000万户。`, [['target-mismatch', '2000']]],
      [`${CITE}提出，到2022年培育200家以上应用企业。`, [['target-mismatch', '200']]],
    ];
    for (const [text, want] of cases) assert.deepEqual(findings(text), want, text);
  });

  it('raises nothing on the right figures, nor on the drafter’s own', () => {
    for (const text of [
      `${CITE}提出，到2022年建成5G基站10万个。`,
      `${CITE}提出到2022年建成10万个5G基站，5G用户数达到3000万户。`,
      `${CITE}提出，到2022年培育300家以上应用企业。`,
      `根据${CITE}，我市到2022年建成5G基站2万个。`,
      `${CITE}提出建成5G基站10万个，我市建成5G基站1.2万个。`,
    ])
      assert.deepEqual(findings(text), [], text);
  });
});
