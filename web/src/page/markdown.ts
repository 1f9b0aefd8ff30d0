// The core's hover text is Markdown for VS Code; the page shows the small part of Markdown it uses — paragraphs,
// "> " quotations, hard line breaks ("  \n"), **bold**, *italics*, `code` and [links](…), the last shown as their
// text, since the page opens nothing. Built as DOM nodes from text, never as HTML, so a source's words stay words.
export function renderMarkdown(md: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'md';
  for (const block of md.split(/\n{2,}/)) {
    if (!block.trim()) continue;
    const quoted = block.startsWith('> ');
    const el = document.createElement(quoted ? 'blockquote' : 'p');
    const body = quoted ? block.replace(/^> ?/gm, '') : block;
    body.split(/ {2}\n|\n/).forEach((line, i) => {
      if (i) el.appendChild(document.createElement('br'));
      inline(el, line);
    });
    root.appendChild(el);
  }
  return root;
}

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|`([^`]+)`|\[([^\]]+)\]\([^)]*\)/g;

function inline(parent: HTMLElement, text: string): void {
  let at = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index! > at) parent.appendChild(document.createTextNode(text.slice(at, m.index)));
    const [tag, content] =
      m[1] !== undefined
        ? ['strong', m[1]]
        : m[2] !== undefined
          ? ['em', m[2]]
          : m[3] !== undefined
            ? ['code', m[3]]
            : ['span', m[4]];
    const el = document.createElement(tag);
    if (tag === 'code') el.textContent = content;
    else inline(el, content);
    parent.appendChild(el);
    at = m.index! + m[0].length;
  }
  if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
}
