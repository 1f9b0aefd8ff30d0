// doc-number-format and doc-number-mismatch: a document number written against GB/T 9704-2012, the Opinion's title
// with another number or its number with another title, and 国办发〔2015〕5号 for 国发〔2015〕5号.
import type { RuleFinding } from '../model';
import { corpusById } from '../resolve';
import { sentenceOf } from '../scan';
import { bi, fix, related } from '../labels';
import type { CheckContext } from './context';

export function checkDocNumberFormat({ r, lib }: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const d of r.docs) {
    const n = d.number;
    if (!n || n.lang !== 'zh' || d.form !== 'number') continue;
    const problems: { zh: string; en: string }[] = [];
    if (n.open !== '〔' || n.close !== '〕')
      problems.push(
        bi(
          `年份应使用六角括号〔〕，不用“${n.open}${n.close}”`,
          `the year goes in hexagonal brackets 〔〕, not "${n.open}${n.close}"`,
        ),
      );
    if (/^0/.test(n.seqText)) problems.push(bi('序号不编虚位，不加“0”', 'the serial number has no leading zero'));
    if (n.hasDi) problems.push(bi('序号前不加“第”字', 'no 第 before the serial number'));
    if (!problems.length) continue;
    const right = `${n.agency}〔${n.year}〕${n.seq}号`;
    const known = corpusById(lib, d.docId);
    const rel = known ? related(known, known.nodes.get('number'), 'zh') : [];
    out.push({
      code: 'doc-number-format',
      span: d.span,
      message: bi(
        `发文字号应写作“${right}”：${problems.map((p) => p.zh).join('；')}（GB/T 9704-2012）。`,
        `Write the document number as ${right}: ${problems.map((p) => p.en).join('; ')} (GB/T 9704-2012).`,
      ),
      related: rel,
      fixes: [fix(`改为“${right}”`, `Change to ${right}`, d.span, right)],
    });
  }
  return out;
}

export function checkDocNumberMismatch({ r, lib, f }: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const topicalSentences = new Map<string, boolean>();
  for (const d of r.docs) {
    if (d.form !== 'number' || !d.number) continue;
    const t = d.pairedWith;
    if (t && t.form === 'title' && t.docId && t.docId !== d.docId) {
      // the Opinion's title with another number
      const c = corpusById(lib, t.docId)!;
      const right = d.lang === 'zh' ? c.data.meta.number.zh : c.data.meta.number.en;
      out.push({
        code: 'doc-number-mismatch',
        span: d.span,
        message: bi(
          `《${c.data.meta.title.zh}》的发文字号是${c.data.meta.number.zh}，不是“${f.slice(d.span.start, d.span.end)}”。`,
          `The number of "${c.data.meta.title.en}" is ${c.data.meta.number.en} (${c.data.meta.number.zh}), not "${f.slice(d.span.start, d.span.end)}".`,
        ),
        related: related(c, c.nodes.get('number'), d.lang),
        fixes: [fix(`改为“${right}”`, `Change to ${right}`, d.span, right)],
      });
      continue;
    }
    if (t && t.form === 'other-title' && d.docId) {
      // the Opinion's number with another document's title
      const c = corpusById(lib, d.docId)!;
      const title = d.lang === 'zh' || t.lang === 'zh' ? c.data.meta.title.zh : c.data.meta.title.en;
      out.push({
        code: 'doc-number-mismatch',
        span: d.span,
        message: bi(
          `${c.data.meta.number.zh}是《${c.data.meta.title.zh}》的发文字号，与所写标题《${t.title!.text}》不符：请核对标题或文号。`,
          `${c.data.meta.number.en} is the number of "${c.data.meta.title.en}", not of "${t.title!.text}": check the title or the number.`,
        ),
        related: related(c, c.nodes.get('title'), d.lang),
        fixes: [fix(`标题改为《${title}》`, `Change the title to "${title}"`, t.title!.span, title, false)],
      });
      continue;
    }
    if (!t && !d.docId) {
      // 国办发〔2015〕5号 for 国发〔2015〕5号 where the sentence is about the Opinion's subject
      const n = d.number;
      // only for a document whose data names its topic (the bundled Opinion; user sources raise nothing here)
      const c = lib.corpora.find(
        (k) =>
          k.data.meta.topic &&
          k.data.meta.number.year === n.year &&
          k.data.meta.number.seq === n.seq &&
          k.data.meta.number.agency !== n.agency &&
          similarAgency(k.data.meta.number.agency, n.agency),
      );
      if (!c) continue;
      // once per sentence: a paragraph of such numbers with no full stop would otherwise be read once per number
      const s = sentenceOf(r.scan.sentences, d.span.start);
      const key = `${c.id}\u0000${s}`;
      let onTopic = topicalSentences.get(key);
      if (onTopic === undefined) {
        const starts = r.scan.sentences.starts;
        const sentence = f.slice(starts[s], starts[s + 1] ?? f.length);
        const topic = c.data.meta.topic!;
        const terms = c.data.meta.topicTerms;
        const lower = sentence.toLowerCase();
        onTopic =
          sentence.includes(topic.zh) ||
          lower.includes(topic.en) ||
          !!terms?.zh?.some((t) => sentence.includes(t)) ||
          !!terms?.en?.some((t) => new RegExp(`\\b${t}\\b`, 'i').test(sentence));
        topicalSentences.set(key, onTopic);
      }
      if (!onTopic) continue;
      const right = d.lang === 'zh' ? c.data.meta.number.zh : c.data.meta.number.en;
      out.push({
        code: 'doc-number-mismatch',
        span: d.span,
        message: bi(
          `“${f.slice(d.span.start, d.span.end)}”不是《${c.data.meta.title.zh}》的文号；该意见是国务院文件，文号为${c.data.meta.number.zh}。`,
          `"${f.slice(d.span.start, d.span.end)}" is not the number of the Opinion on cloud computing; it is a State Council document numbered ${c.data.meta.number.en} (${c.data.meta.number.zh}).`,
        ),
        related: related(c, c.nodes.get('number'), d.lang),
        fixes: [fix(`改为“${right}”`, `Change to ${right}`, d.span, right)],
      });
    }
  }
  return out;
}

export function similarAgency(a: string, b: string): boolean {
  // 国发 / 国办发 / 国函 / 国办函: the State Council's own series that drafters confuse
  return /^国/.test(a) && /^国/.test(b);
}

/** An English title in italics or quotes right before the Opinion's number: *…* (GF No. (2015)5). */
