// The coverage map: the Opinion's outline — parts, sections, principles, objective areas and targets — with every
// clause coloured by what the drafts do with it (cited, only mis-cited, restated, not answered), each clause a link to
// the passages that answer it. One pure module writes it as HTML for both readers: the web page shows the fragments
// (its buttons select the passage in the editor), and `policy-cite coverage --format html` writes a self-contained
// report (inline CSS, no script, no external resource, a content-security policy that forbids loading anything).
// Every piece of text that comes from a draft or a source is escaped here, once.
import type { Lang } from '../core/corpus';
import { CoverageNode, coverageLabel } from '../core/coverage';
import { clip } from './coverage-csv';
import { CoverageOfFiles, CoverageStatus, Merged, PlacedHit, coverageStatus, where } from './coverage-files';
import { COVERAGE_MAP_CSS } from './coverage-map-css';

export interface MapOptions {
  lang: Lang;
  /** The drafts the coverage is of, in order. */
  files: string[];
  /** Passages as buttons carrying their offset (the page selects them in the editor) rather than plain text. */
  interactive?: boolean;
}

type Bi = { zh: string; en: string };
const bi = (zh: string, en: string): Bi => ({ zh, en });

const STATUS: Record<CoverageStatus, { mark: string; name: Bi; long: Bi }> = {
  cited: { mark: '✓', name: bi('已引用', 'cited'), long: bi('草稿引用并回应了该条', 'the draft cites and answers it') },
  miscited: {
    mark: '!',
    name: bi('误引', 'mis-cited'),
    long: bi(
      '草稿引用有误（条目、标题、引文或目标不符）',
      'the draft cites it wrongly (clause, heading, quotation or target)',
    ),
  },
  restated: {
    mark: '≈',
    name: bi('转述未注出处', 'restated'),
    long: bi('草稿转述了该条，但未注明出处', 'the draft restates it without citing it'),
  },
  missing: {
    mark: '✗',
    name: bi('未回应', 'not answered'),
    long: bi('草稿没有回应该条', 'the draft does not answer it'),
  },
};
const ORDER: CoverageStatus[] = ['cited', 'miscited', 'restated', 'missing'];

const KIND: Record<CoverageNode['kind'], Bi> = {
  part: bi('部分', 'part'),
  section: bi('条目', 'section'),
  principle: bi('基本原则', 'principle'),
  objective: bi('发展目标', 'objective'),
  target: bi('量化目标', 'target'),
};

/** Escapes text for an element's content or a quoted attribute value. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The id of a clause's detail section: node ids are "II.4", "I.2.market", "target:pue". */
export const detailId = (nodeId: string) => `pcmap-n-${nodeId}`;

/** What a clause is called on its tile: the section number and heading, a principle's name, a target's wording. */
function tileLabel(n: CoverageNode, lang: Lang): string {
  if (n.kind === 'target') return `${n.label[lang]}${lang === 'zh' ? '：' : ': '}${n.heading[lang] || n.heading.zh}`;
  return coverageLabel(n, lang);
}

const count = (n: number, lang: Lang, zh: string, en: string) =>
  lang === 'zh' ? `${n} ${zh}` : `${n} ${en}${n === 1 ? '' : 's'}`;

function tile(m: Merged, lang: Lang): string {
  const status = coverageStatus(m);
  const s = STATUS[status];
  const label = tileLabel(m.node, lang);
  const mis = status === 'cited' && m.misCitations.length > 0;
  const said = [
    `${label}`,
    s.name[lang],
    m.citations.length ? count(m.citations.length, lang, '处引用', 'citation') : '',
    m.misCitations.length ? count(m.misCitations.length, lang, '处误引', 'mis-citation') : '',
  ].filter(Boolean);
  return (
    `<a class="pcmap-node pcmap-${m.node.kind} pcmap-${status}${mis ? ' pcmap-has-mis' : ''}" href="#${esc(detailId(m.node.id))}"` +
    ` data-node="${esc(m.node.id)}" data-status="${status}" title="${esc(label)}" aria-label="${esc(said.join(lang === 'zh' ? '，' : ', '))}">` +
    `<span class="pcmap-mark" aria-hidden="true">${s.mark}</span>` +
    `<span class="pcmap-label">${esc(m.node.kind === 'target' ? clip(label, 48) : label)}</span>` +
    (m.citations.length ? `<span class="pcmap-count" aria-hidden="true">${m.citations.length}</span>` : '') +
    (m.misCitations.length ? `<span class="pcmap-miscount" aria-hidden="true">!${m.misCitations.length}</span>` : '') +
    `</a>`
  );
}

function legend(lang: Lang): string {
  return (
    `<ul class="pcmap-legend" aria-label="${lang === 'zh' ? '图例' : 'Legend'}">` +
    ORDER.map(
      (st) =>
        `<li title="${esc(STATUS[st].long[lang])}"><span class="pcmap-swatch pcmap-${st}" aria-hidden="true">${STATUS[st].mark}</span>${esc(STATUS[st].name[lang])}` +
        `<span class="pcmap-legend-long"> — ${esc(STATUS[st].long[lang])}</span></li>`,
    ).join('') +
    `</ul>`
  );
}

/** The groups a reviewer counts: main tasks 4/6, guarantee measures 2/7 … */
export function coverageGroupsHtml(r: CoverageOfFiles, lang: Lang): string {
  const byId = new Map(r.merged.map((m) => [m.node.id, m]));
  return (
    `<ul class="pcmap-groups">` +
    r.cov.groups
      .map((g) => {
        const missing = g.missing.map((id) => {
          const m = byId.get(id);
          return m ? tileLabel(m.node, lang) : id;
        });
        return (
          `<li class="${g.covered === g.total ? 'pcmap-group-full' : 'pcmap-group-part'}" data-group="${esc(g.id)}">` +
          `<span class="pcmap-group-label">${esc(g.label[lang])}</span> <b class="pcmap-group-count">${g.covered}/${g.total}</b>` +
          (missing.length
            ? `<span class="pcmap-group-missing" title="${esc(missing.join(lang === 'zh' ? '、' : '; '))}">${lang === 'zh' ? `${missing.length} 项未回应` : `${missing.length} not answered`}</span>`
            : '') +
          `</li>`
        );
      })
      .join('') +
    `</ul>`
  );
}

/** The map: legend, group counts and the outline as coloured tiles; each tile links to its detail section. */
export function coverageMapHtml(r: CoverageOfFiles, o: MapOptions): string {
  const kids = new Map<string, Merged[]>();
  const roots: Merged[] = [];
  for (const m of r.merged) {
    if (m.node.parent && r.merged.some((x) => x.node.id === m.node.parent)) {
      const list = kids.get(m.node.parent) ?? [];
      list.push(m);
      kids.set(m.node.parent, list);
    } else roots.push(m);
  }
  const branch = (m: Merged): string => {
    const under = kids.get(m.node.id) ?? [];
    return (
      `<li class="pcmap-item pcmap-item-${m.node.kind}">${tile(m, o.lang)}` +
      (under.length ? `<ol class="pcmap-kids">${under.map(branch).join('')}</ol>` : '') +
      `</li>`
    );
  };
  const title = o.lang === 'zh' ? `${r.cov.number.zh}覆盖图` : `Coverage map of ${r.cov.number.en}`;
  return (
    `<section class="pcmap" lang="${o.lang === 'zh' ? 'zh-CN' : 'en'}" aria-label="${esc(title)}">` +
    legend(o.lang) +
    coverageGroupsHtml(r, o.lang) +
    `<ol class="pcmap-tree">${roots.map(branch).join('')}</ol>` +
    `</section>`
  );
}

function hit(h: PlacedHit, o: MapOptions, mis: boolean): string {
  const at = esc(where(h));
  const text = esc(clip(h.lineText, 120));
  const problem =
    mis && h.code
      ? ` <span class="pcmap-problem"><code>${esc(h.code)}</code> ${esc(h.message?.[o.lang] ?? '')}</span>`
      : '';
  const place = o.interactive
    ? `<button type="button" class="pcmap-hit" data-file="${esc(h.file)}" data-offset="${h.offset}" data-length="${h.length}"` +
      ` aria-label="${esc((o.lang === 'zh' ? '在草稿中查看 ' : 'Show in the draft: ') + where(h))}">${at}</button>`
    : `<span class="pcmap-hit">${at}</span>`;
  return `<li class="${mis ? 'pcmap-mis' : 'pcmap-cite'}">${place} <q>${text}</q>${problem}</li>`;
}

/** One section per clause: what it is, its status, and every passage that cites or mis-cites it. */
export function coverageDetailsHtml(r: CoverageOfFiles, o: MapOptions): string {
  const zh = o.lang === 'zh';
  return (
    `<div class="pcmap-details">` +
    r.merged
      .map((m) => {
        const status = coverageStatus(m);
        const label = tileLabel(m.node, o.lang);
        const lists: string[] = [];
        if (m.citations.length)
          lists.push(
            `<h4>${zh ? '引用' : 'Cited at'}</h4><ul>${m.citations.map((h) => hit(h, o, false)).join('')}</ul>`,
          );
        if (m.misCitations.length)
          lists.push(
            `<h4>${zh ? '误引' : 'Mis-cited at'}</h4><ul>${m.misCitations.map((h) => hit(h, o, true)).join('')}</ul>`,
          );
        if (m.restatements?.length)
          lists.push(
            `<h4>${zh ? '转述' : 'Restated at'}</h4><ul>${m.restatements.map((h) => hit(h, o, false)).join('')}</ul>`,
          );
        if (!lists.length) lists.push(`<p class="pcmap-none">${esc(STATUS.missing.long[o.lang])}</p>`);
        return (
          `<section class="pcmap-detail pcmap-${status}" id="${esc(detailId(m.node.id))}" tabindex="-1" data-node="${esc(m.node.id)}">` +
          `<h3><span class="pcmap-swatch pcmap-${status}" aria-hidden="true">${STATUS[status].mark}</span>` +
          `<span class="pcmap-kind">${esc(KIND[m.node.kind][o.lang])}</span> ${esc(label)} ` +
          `<span class="pcmap-status">${esc(STATUS[status].name[o.lang])}</span></h3>` +
          lists.join('') +
          `</section>`
        );
      })
      .join('') +
    `</div>`
  );
}

/** The response matrix as an HTML table: one row per clause, with its status and where it is cited. */
export function coverageTableHtml(r: CoverageOfFiles, o: MapOptions): string {
  const zh = o.lang === 'zh';
  const cell = (hits: PlacedHit[], mis: boolean) =>
    hits.length ? `<ul>${hits.map((h) => hit(h, o, mis)).join('')}</ul>` : '';
  return (
    `<table class="pcmap-table" lang="${zh ? 'zh-CN' : 'en'}">` +
    `<caption>${zh ? `${esc(r.cov.number.zh)}条目与草稿的对照` : `Clauses of ${esc(r.cov.number.en)} and the draft`}</caption>` +
    `<thead><tr><th scope="col">${zh ? '编号' : 'ID'}</th><th scope="col">${zh ? '原文条目' : 'Clause'}</th>` +
    `<th scope="col">${zh ? '状态' : 'Status'}</th><th scope="col">${zh ? '引用' : 'Cited at'}</th>` +
    `<th scope="col">${zh ? '误引' : 'Mis-citations'}</th></tr></thead><tbody>` +
    r.merged
      .map((m) => {
        const status = coverageStatus(m);
        return (
          `<tr class="pcmap-row pcmap-${status}" data-node="${esc(m.node.id)}">` +
          `<td class="pcmap-id">${esc(m.node.id)}</td>` +
          `<th scope="row" class="pcmap-d${m.node.depth}">${esc(tileLabel(m.node, o.lang))}</th>` +
          `<td><span class="pcmap-swatch pcmap-${status}" aria-hidden="true">${STATUS[status].mark}</span> ${esc(STATUS[status].name[o.lang])}</td>` +
          `<td>${cell(m.citations, false)}</td><td>${cell(m.misCitations, true)}</td></tr>`
        );
      })
      .join('') +
    `</tbody></table>`
  );
}

/** A self-contained HTML report: the map, the table and the details, styled inline, with no script at all. */
export function coverageReportHtml(r: CoverageOfFiles, o: MapOptions): string {
  const zh = o.lang === 'zh';
  const opts = { ...o, interactive: false };
  const title = zh ? `${r.cov.number.zh}覆盖情况` : `Coverage of ${r.cov.number.en}`;
  return [
    '<!doctype html>',
    `<html lang="${zh ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may load: no script, no image, no font, no request. The styles are the inline ones below.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${COVERAGE_MAP_CSS}${REPORT_CSS}</style>`,
    '</head>',
    '<body class="pcmap-report">',
    `<header><h1>${esc(title)}</h1>`,
    `<p class="pcmap-doc">${zh ? `《${esc(r.cov.title.zh)}》（${esc(r.cov.number.zh)}）` : `<cite>${esc(r.cov.title.en)}</cite> (${esc(r.cov.number.en)})`}</p>`,
    `<p class="pcmap-files">${zh ? '草稿：' : 'Drafts: '}${o.files.map((f) => `<code>${esc(f)}</code>`).join(zh ? '、' : ', ')}</p>`,
    `</header>`,
    '<main>',
    `<h2>${zh ? '覆盖图' : 'Coverage map'}</h2>`,
    coverageMapHtml(r, opts),
    `<h2>${zh ? '对照表' : 'Response matrix'}</h2>`,
    coverageTableHtml(r, opts),
    `<h2>${zh ? '逐条说明' : 'Clause by clause'}</h2>`,
    coverageDetailsHtml(r, opts),
    '</main>',
    `<footer>${zh ? '由 Policy Cite 生成（policy-cite coverage --format html）。' : 'Made by Policy Cite (policy-cite coverage --format html).'}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const REPORT_CSS = `
body.pcmap-report{font-family:system-ui,-apple-system,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1100px;padding:16px;color:#111}
.pcmap-report h1{font-size:20px;margin:0 0 4px}
.pcmap-report .pcmap-legend-long{display:inline}
.pcmap-report h2{font-size:17px;margin:20px 0 8px;border-bottom:1px solid #ddd}
.pcmap-report footer{margin-top:24px;color:#555;font-size:12px}
@media print{.pcmap-node{break-inside:avoid}.pcmap-detail{break-inside:avoid}}
`;
