// Modules the build provides (esbuild.js): the worker's bundle as text, for a worker started from a blob URL (a page
// opened from disk may not start a worker from a file), and mammoth's browser build, which has no types of its own.
declare module 'policy-cite:worker-source' {
  const source: string;
  export default source;
}

declare module 'mammoth/mammoth.browser' {
  export function extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }>;
}

declare module '*.md' {
  const text: string;
  export default text;
}

declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
