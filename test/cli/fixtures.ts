// The drafts every command is tested on: one Chinese plan written out in every input form the command line reads —
// UTF-8, UTF-8 with a BOM and CRLF, UTF-16 with a BOM, GB18030, and Word (.docx) — so check, coverage and authorities
// can be held to the same expectations about what is read. Made in a temporary folder by tempDir.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { ROOT, tempDir } from './run';

export const OPINION = '《国务院关于促进云计算创新发展培育信息产业新业态的意见》';
export const GBF51 = '《国务院办公厅关于运用大数据加强对市场主体服务和监管的若干意见》';

/** The plan, a line per paragraph: a clause cited right (II.1) and wrongly (II.5's number, II.4's heading), a number in
 *  the wrong form, and a document that is not in the bundled library until --sources brings it. */
export const PLAN_LINES = [
  '关于推进云计算发展的实施方案',
  `为贯彻落实${OPINION}（国发〔2015〕5号，以下简称《意见》）和${GBF51}（国办发〔2015〕51号），制定本方案。`,
  '一、主要任务',
  '（一）增强创新能力。落实《意见》第二部分第（一）项的要求。',
  '（二）推进大数据应用。落实《意见》第二部分第（五）项“加强大数据开发与利用”。',
  '（三）规范管理。参照国发[2015]5号文件执行。',
];

/** The same plan as a Word document: one paragraph per line. */
export async function planDocx(lines = PLAN_LINES): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: lines.map((t) => new Paragraph({ children: [new TextRun(t)] })) }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

/** A Word document of paragraphs and tables, in order: a string is a paragraph ('' an empty one), a string[][] a
 *  table whose cells each hold the paragraphs of one string split at \n. */
export async function docxWith(blocks: (string | string[][])[]): Promise<Buffer> {
  const children = blocks.map((b) =>
    typeof b === 'string'
      ? new Paragraph({ children: b ? [new TextRun(b)] : [] })
      : new Table({
          rows: b.map(
            (row) =>
              new TableRow({
                children: row.map(
                  (cell) =>
                    new TableCell({
                      children: cell.split('\n').map((t) => new Paragraph({ children: t ? [new TextRun(t)] : [] })),
                    }),
                ),
              }),
          ),
        }),
  );
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

let gb: Map<string, number[]> | undefined;
/** GB18030 bytes of a text of ASCII and characters in GBK's two-byte range (Node decodes GB18030 but has no encoder). */
export function gb18030(text: string): Buffer {
  if (!gb) {
    gb = new Map();
    const dec = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) gb.set(dec.decode(Buffer.from([a, b])), [a, b]);
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else if (gb.has(ch)) out.push(...gb.get(ch)!);
    else throw new Error(`no GBK two-byte form for ${ch}`);
  }
  return Buffer.from(out);
}

/** The plan in every form the command line reads, each alone in drafts/ under its encoding's name. */
export async function draftForms(): Promise<{ dir: string; files: string[] }> {
  const lf = PLAN_LINES.join('\n') + '\n';
  const crlf = PLAN_LINES.join('\r\n') + '\r\n';
  const forms: Record<string, string | Buffer> = {
    'drafts/utf8.md': lf,
    'drafts/utf8-bom-crlf.txt': Buffer.from('\uFEFF' + crlf, 'utf8'),
    'drafts/utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(crlf, 'utf16le')]),
    'drafts/gb18030.txt': gb18030(crlf),
    'drafts/word.docx': await planDocx(),
    'word-only/plan.docx': await planDocx(),
    'sources/gbf-2015-51.txt': fs.readFileSync(path.join(ROOT, 'test', 'sources', 'fixtures', 'gbf-2015-51.txt')),
  };
  const dir = tempDir(forms);
  return { dir, files: Object.keys(forms).filter((f) => f.startsWith('drafts/')) };
}
