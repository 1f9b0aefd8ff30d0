// The engine (server/src/core/text.ts) and the web page's worker (web/src/worker/opencc-lazy.ts) load opencc-js's
// dictionaries only for a text that has one of the "trigger" characters (scripts/opencc-trigger.mjs, written into
// server/src/core/opencc-trigger.ts) and read every other text as it is. That is right only
// if such a text really converts to itself: checked here against the converter the core uses everywhere else.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as fc from 'fast-check';
import { ROOT } from '../helpers/corpus';
import { OPENCC_TRIGGER } from '../../server/src/core/opencc-trigger';

const OpenCC = require('opencc-js/t2cn') as { Converter(o: { from: string; to: string }): (s: string) => string };
const convert = OpenCC.Converter({ from: 't', to: 'cn' });

describe('the traditional-character dictionaries load only when a text needs them', function () {
  this.timeout(60000);
  let trigger = new Set<string>();
  let keys: string[] = [];
  const hasTrigger = (s: string) => [...s].some((c) => trigger.has(c));

  before(async () => {
    const mod = await import(pathToFileURL(path.join(ROOT, 'scripts', 'opencc-trigger.mjs')).href);
    trigger = new Set([...(await mod.openccTrigger())]);
    for (const name of ['TSPhrases', 'TSCharacters']) {
      const dict: string = (await import(`opencc-js/dict/${name}`)).default;
      keys.push(...dict.split('|').map((e) => e.split(' ')[0]));
    }
    keys = [...new Set(keys)];
  });

  it('the engine’s list is the one the dictionaries give (run `node scripts/opencc-trigger.mjs --write` if not)', () => {
    const listed = new Set(OPENCC_TRIGGER.source.replace(/^\[|\]$/g, '').replace(/\\(.)/gu, '$1'));
    assert.deepEqual([...listed].sort(), [...trigger].sort());
    for (const c of trigger) assert.ok(OPENCC_TRIGGER.test(c), c);
  });

  it('the Opinion, the example drafts and the sample sources have none, and convert to themselves', () => {
    const corpus = JSON.parse(fs.readFileSync(path.join(ROOT, 'corpus', 'gf-2015-5.json'), 'utf8'));
    const texts = [
      corpus.texts.zh,
      corpus.texts.en,
      fs.readFileSync(path.join(ROOT, 'examples', 'draft-zh.md'), 'utf8'),
      fs.readFileSync(path.join(ROOT, 'test', 'coverage', 'fixtures', 'shishi-fangan.txt'), 'utf8'),
    ];
    for (const t of texts) {
      assert.equal(hasTrigger(t), false);
      assert.equal(convert(t), t);
    }
  });

  it('a traditional draft has them', () => {
    assert.ok(hasTrigger('根據《國務院關於促進雲計算創新發展培育信息產業新業態的意見》（國發〔2015〕5號）'));
  });

  it('any text without them converts to itself: the dictionaries’ own keys, with their trigger characters taken out', () => {
    const stripped = keys.map((k) => [...k].filter((c) => !trigger.has(c)).join('')).filter(Boolean);
    assert.ok(stripped.length > 500, `${stripped.length} keys keep a character`);
    // every key at once, then random runs of them (phrases meet across their joins)
    const all = stripped.join('');
    assert.equal(convert(all), all);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...stripped), { minLength: 1, maxLength: 40 }), (parts) => {
        const s = parts.join('');
        return convert(s) === s;
      }),
      { numRuns: 2000 },
    );
  });

  it('every character the conversion changes on its own is a trigger', () => {
    for (const k of keys) for (const c of k) if (convert(c) !== c) assert.ok(trigger.has(c), c);
  });
});
