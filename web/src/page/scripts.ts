// The page's optional parts — the Word reader (docx.js) and the traditional-character dictionaries (opencc-dicts.js) —
// are classic scripts beside app.js, loaded the first time they are needed; each sets one global. A <script> element
// works from disk (file://) too, where fetching or importing a module would not, and the policy allows 'self'.
const loading = new Map<string, Promise<unknown>>();

export function loadGlobal<T>(file: string, global: string): Promise<T> {
  const w = window as unknown as Record<string, unknown>;
  if (w[global] !== undefined) return Promise.resolve(w[global] as T);
  let p = loading.get(file);
  if (!p) {
    p = new Promise<unknown>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = new URL(file, document.baseURI).href;
      s.onload = () => (w[global] !== undefined ? resolve(w[global]) : reject(new Error(`${file} did not load`)));
      s.onerror = () => {
        loading.delete(file);
        reject(new Error(`${file} could not be loaded`));
      };
      document.head.appendChild(s);
    });
    loading.set(file, p);
  }
  return p as Promise<T>;
}
