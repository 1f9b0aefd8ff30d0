// The draft in CodeMirror 6: citations highlighted, findings underlined with @codemirror/lint (as VS Code shows
// diagnostics), the cited clause in a hover tooltip. Positions from the worker are for one version of the text; they
// are shown only while the editor still holds that version.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState, RangeSetBuilder, StateEffect, StateField } from '@codemirror/state';
import {
  Decoration,
  DecorationSet,
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  hoverTooltip,
  keymap,
  lineNumbers,
  placeholder,
} from '@codemirror/view';
import type { HoverResult, WebCitation, WebEdit, WebFinding } from '../protocol';
import { lang, t } from './i18n';
import { renderMarkdown } from './markdown';

export interface EditorHooks {
  /** The text changed: a new version. */
  changed(version: number): void;
  /** The cursor moved (or the text changed under it). */
  cursor(offset: number): void;
  hover(version: number, offset: number): Promise<HoverResult | null>;
  /** Files dropped on the editor. */
  drop(files: File[], at: number): void;
}

const setCitations = StateEffect.define<DecorationSet>();

/** The citation marks: replaced by each result, moved along with edits in between. */
const citationField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) if (e.is(setCitations)) deco = e.value;
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

const MARKS = {
  doc: Decoration.mark({ class: 'pc-cite pc-cite-doc' }),
  clause: Decoration.mark({ class: 'pc-cite pc-cite-clause' }),
  quote: Decoration.mark({ class: 'pc-cite pc-cite-quote' }),
  echo: Decoration.mark({ class: 'pc-cite pc-cite-echo' }),
  unknown: Decoration.mark({ class: 'pc-cite pc-cite-unknown' }),
};

/** The editor's looks, inside its shadow root: the page's style sheet does not reach in. */
const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '15px', backgroundColor: '#fff' },
  '&.cm-focused': { outline: '3px solid #1a5fb4', outlineOffset: '-3px' },
  '.cm-scroller': {
    fontFamily: "system-ui, -apple-system, 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif",
    lineHeight: '1.6',
  },
  '.cm-placeholder': { color: '#707070' },
  // Citations: a marker colour like the editor's document links; a citation of an unknown document is dotted.
  '.pc-cite': { backgroundColor: '#fff2b3', borderRadius: '2px' },
  '.pc-cite-clause': { backgroundColor: '#ffe59a' },
  '.pc-cite-quote': { backgroundColor: '#fff6cc' },
  '.pc-cite-echo': { borderBottom: '1px dotted #5a8', backgroundColor: 'transparent' },
  '.pc-cite-unknown': { backgroundColor: 'transparent', borderBottom: '1px dotted #8a8a8a' },
  '.pc-hover': {
    maxWidth: 'min(560px, 90vw)',
    maxHeight: '50vh',
    overflow: 'auto',
    padding: '6px 10px',
    fontSize: '14px',
  },
  '.pc-hover p, .pc-hover blockquote': { margin: '4px 0' },
  '.pc-hover blockquote': { borderLeft: '3px solid #c8c8c8', paddingLeft: '8px', color: '#333' },
  '.cm-tooltip-lint': { maxWidth: 'min(560px, 90vw)' },
  '.cm-diagnosticAction': { backgroundColor: '#0b57a4' },
});

const SEVERITY: Record<WebFinding['severity'], Diagnostic['severity']> = {
  error: 'error',
  warning: 'warning',
  information: 'info',
  hint: 'hint',
};

export class DraftEditor {
  readonly view: EditorView;
  private version = 0;
  private readonly texts = new Compartment();

  constructor(host: HTMLElement, hooks: EditorHooks) {
    // The editor lives in a shadow root: CodeMirror then styles it with constructed style sheets, which the page's
    // content-security policy allows, where in the document it would need <style> elements ('unsafe-inline').
    const root = host.attachShadow({ mode: 'open' });
    const parent = document.createElement('div');
    parent.style.height = '100%';
    root.appendChild(parent);
    this.view = new EditorView({
      parent,
      root,
      state: EditorState.create({
        doc: '',
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          EditorView.lineWrapping,
          keymap.of([...defaultKeymap, ...historyKeymap]),
          lintGutter(),
          theme,
          citationField,
          this.texts.of(this.localised()),
          hoverTooltip(
            async (_view, pos) => {
              const version = this.version;
              const r = await hooks.hover(version, pos);
              if (!r || version !== this.version) return null;
              return {
                pos: r.from,
                end: r.to,
                create: () => {
                  const dom = document.createElement('div');
                  dom.className = 'pc-hover';
                  dom.appendChild(renderMarkdown(r.markdown));
                  return { dom };
                },
              };
            },
            { hoverTime: 250 },
          ),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) {
              this.version++;
              hooks.changed(this.version);
            }
            if (u.docChanged || u.selectionSet) hooks.cursor(u.state.selection.main.head);
          }),
          EditorView.domEventHandlers({
            dragover(e) {
              if (e.dataTransfer?.types.includes('Files')) {
                e.preventDefault();
                host.classList.add('pc-drop-target');
                return true;
              }
              return false;
            },
            dragleave() {
              host.classList.remove('pc-drop-target');
              return false;
            },
            // Files are opened as drafts (CodeMirror would insert their bytes as text); dragged text is left to it.
            drop(e, view) {
              host.classList.remove('pc-drop-target');
              const files = [...(e.dataTransfer?.files ?? [])];
              if (!files.length) return false;
              e.preventDefault();
              hooks.drop(files, view.posAtCoords({ x: e.clientX, y: e.clientY }) ?? 0);
              return true;
            },
          }),
        ],
      }),
    });
  }

  /** The placeholder and the editor's accessible name, in the interface language. */
  private localised() {
    return [
      placeholder(t('placeholder')),
      EditorView.contentAttributes.of({ 'aria-label': t('editorLabel'), lang: lang() === 'zh' ? 'zh-CN' : 'en' }),
    ];
  }

  relabel(): void {
    this.view.dispatch({ effects: this.texts.reconfigure(this.localised()) });
  }

  get currentVersion(): number {
    return this.version;
  }

  text(): string {
    return this.view.state.doc.toString();
  }

  /** Replaces the whole text (a file opened or dropped). */
  setText(text: string): void {
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: text },
      selection: { anchor: 0 },
      scrollIntoView: true,
    });
  }

  /** Shows a result: only when it is of the text the editor holds now. */
  show(version: number, findings: WebFinding[], citations: WebCitation[], apply: (f: WebFinding, i: number) => void) {
    if (version !== this.version) return false;
    const len = this.view.state.doc.length;
    const b = new RangeSetBuilder<Decoration>();
    for (const c of [...citations].sort((x, y) => x.from - y.from || y.to - x.to)) {
      if (c.to <= c.from || c.to > len) continue;
      b.add(c.from, c.to, c.known ? MARKS[c.kind] : MARKS.unknown);
    }
    const diagnostics: Diagnostic[] = findings
      .filter((f) => f.to <= len)
      .map((f) => ({
        from: f.from,
        to: f.to,
        severity: SEVERITY[f.severity],
        source: `policy-cite ${f.code}`,
        message: f.message[lang()],
        actions: f.fixes.map((fx, i) => ({ name: fx.title[lang()], apply: () => apply(f, i) })),
      }));
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics), { effects: setCitations.of(b.finish()) });
    return true;
  }

  /** Applies edits made for `version`; refused when the text has changed since. */
  applyEdits(version: number, edits: WebEdit[]): boolean {
    if (version !== this.version || !edits.length) return false;
    const changes = [...edits].sort((a, b) => a.from - b.from);
    this.view.dispatch({ changes, userEvent: 'input.fix' });
    return true;
  }

  select(from: number, to: number): void {
    const len = this.view.state.doc.length;
    const a = Math.min(from, len),
      b = Math.min(to, len);
    this.view.dispatch({
      selection: { anchor: a, head: b },
      effects: EditorView.scrollIntoView(a, { y: 'center' }),
    });
    this.view.focus();
  }

  /** 1-based line and column of an offset; the column counts characters (code points), as the command line does. */
  position(offset: number): { line: number; column: number } {
    const l = this.view.state.doc.lineAt(Math.min(offset, this.view.state.doc.length));
    return { line: l.number, column: [...l.text.slice(0, offset - l.from)].length + 1 };
  }
}
