// The characters that can make opencc-js's t → cn conversion change a text, read from its dictionaries (TSPhrases and
// TSCharacters, the only ones that conversion uses): every character that a changing entry (value ≠ key) does not keep
// in place. The conversion replaces each longest match of a key by its value, so a text with none of these characters
// matches only entries that leave it as it is, and converts to itself. esbuild.js builds them into the web page's
// worker, which then loads the dictionaries only for a text that has one (web/src/worker/opencc-lazy.ts).
export async function openccTrigger() {
  const chars = new Set();
  for (const name of ['TSPhrases', 'TSCharacters']) {
    const dict = (await import(`opencc-js/dict/${name}`)).default;
    for (const entry of dict.split('|')) {
      const [key, value] = entry.split(' ');
      if (key === value) continue;
      const k = [...key],
        v = [...value];
      k.forEach((c, i) => {
        if (k.length !== v.length || c !== v[i]) chars.add(c);
      });
    }
  }
  return [...chars].sort().join('');
}
