// What the desktop and the web client share: commands, settings that apply without a reload, and restarts.
// The entries (extension.ts, browser.ts) only say how to start a server. All citation logic lives in the server,
// and so does the corpus: the pick lists ask the server (shared/protocol.ts), so they list the user's own sources
// too, and the client ships no copy of the Opinion.
import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import {
  CitationChoice,
  CitationChoicesRequest,
  ClauseDocument,
  ClauseEntry,
  ClausesRequest,
  Commands,
  DEFAULT_LANGUAGES,
  Lang,
  SETTINGS_SECTION,
} from '../../shared/protocol';
import { registerAuthoritiesView } from './authorities';
import { registerCommands } from './commands';
import { registerCoverageView } from './coverage';
import { registerStatusItem } from './status';
import { request } from './request';

/** Schemes of documents a drafter edits (local, untitled, remote and virtual file systems) — not diff or git views. */
const SCHEMES = ['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-test-web', 'memfs'];

export function configuredLanguages(): string[] {
  const v = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>('languages');
  return Array.isArray(v) && v.length && v.every((x) => typeof x === 'string' && x)
    ? (v as string[])
    : DEFAULT_LANGUAGES;
}

export function documentSelector(context: vscode.ExtensionContext): DocumentSelector {
  return [
    ...configuredLanguages().flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language }))),
    // The shipped source texts, for their outline.
    {
      scheme: context.extensionUri.scheme,
      pattern:
        context.extensionUri.scheme === 'file'
          ? context.asAbsolutePath('corpus/*.txt')
          : `${vscode.Uri.joinPath(context.extensionUri, 'corpus').path}/*.txt`,
    },
  ];
}

/** The editor's display language, for ordering pick lists. */
function uiLang(): Lang {
  return /^zh/i.test(vscode.env.language) ? 'zh' : 'en';
}

export interface ClientHost {
  /** Creates (does not start) a client for these options. */
  create(options: LanguageClientOptions): BaseLanguageClient;
  /** Extra initialization options the server needs (the browser server: where the corpus texts are). */
  initializationOptions?(): Record<string, unknown>;
  /** Frees what `create` made beyond the client (a web worker). */
  disposed?(client: BaseLanguageClient): void;
}

export class PolicyCite {
  private client: BaseLanguageClient | undefined;
  private readonly output: vscode.OutputChannel;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly host: ClientHost,
  ) {
    this.output = vscode.window.createOutputChannel('Policy Cite');
    context.subscriptions.push(this.output);
  }

  /** Starts, restarts and stops run one after another, whatever triggers them. */
  private serial<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The running client, for views that ask the server themselves (the coverage tree). */
  get languageClient(): BaseLanguageClient | undefined {
    return this.client;
  }

  start(): Promise<void> {
    return this.serial(() => this.startNow());
  }

  private async startNow(): Promise<void> {
    const options: LanguageClientOptions = {
      documentSelector: documentSelector(this.context),
      synchronize: { configurationSection: SETTINGS_SECTION },
      initializationOptions: {
        settings: { [SETTINGS_SECTION]: vscode.workspace.getConfiguration(SETTINGS_SECTION) },
        ...this.host.initializationOptions?.(),
      },
      outputChannel: this.output,
      traceOutputChannel: this.output,
    };
    const client = this.host.create(options);
    this.client = client;
    try {
      await client.start();
    } catch (e) {
      this.output.appendLine(
        `[policy-cite] the language server did not start: ${e instanceof Error ? e.stack : String(e)}`,
      );
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Policy Cite: the language server did not start. See the "Policy Cite" output for details.'),
      );
    }
  }

  private async stopNow(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      await client.dispose(2000);
    } catch (e) {
      this.output.appendLine(`[policy-cite] stopping the language server: ${String(e)}`);
    }
    this.host.disposed?.(client);
  }

  restart(): Promise<void> {
    return this.serial(async () => {
      await this.stopNow();
      await this.startNow();
    });
  }

  stop(): Promise<void> {
    return this.serial(() => this.stopNow());
  }

  /** The running client, or a warning that there is none. */
  private running(): BaseLanguageClient | undefined {
    const client = this.client;
    if (client?.isRunning()) return client;
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Policy Cite: the language server is not running. Run "Policy Cite: Restart the Language Server".'),
    );
    return undefined;
  }

  /**
   * A clause → its source text in a language, the clause's heading selected. `clauseId` is a node id of the Opinion
   * (`II.4`) or `docId#nodeId` for a user source; what is not given is asked for. The server lists the clauses.
   */
  async openSource(clauseId?: unknown, lang?: unknown): Promise<void> {
    // Older callers passed (lang, line).
    if ((clauseId === 'zh' || clauseId === 'en') && (lang === undefined || typeof lang === 'number'))
      [clauseId, lang] = [undefined, clauseId];
    let l: Lang | undefined = lang === 'zh' || lang === 'en' ? lang : undefined;
    if (!l) l = await pickLanguage();
    if (!l) return;
    const client = this.running();
    if (!client) return;
    const { documents } = await request(client, ClausesRequest, { lang: l });
    let clause: ClauseEntry | undefined;
    if (typeof clauseId === 'string') {
      const [docId, nodeId] = clauseId.includes('#') ? clauseId.split('#', 2) : [undefined, clauseId];
      const doc = docId ? documents.find((d) => d.docId === docId) : (documents.find((d) => d.bundled) ?? documents[0]);
      clause = doc?.clauses.find((c) => c.id === nodeId);
      if (!clause)
        void vscode.window.showWarningMessage(vscode.l10n.t('Policy Cite: the Opinion has no clause "{0}".', clauseId));
    }
    if (!clause) clause = await pickClause(documents);
    if (!clause) return;
    const { uri, range } = clause.location;
    const doc = await vscode.workspace.openTextDocument(client.protocol2CodeConverter.asUri(uri));
    const selection = new vscode.Selection(
      range.start.line,
      range.start.character,
      range.end.line,
      range.end.character,
    );
    const editor = await vscode.window.showTextDocument(doc, { selection, preview: true });
    editor.revealRange(selection, vscode.TextEditorRevealType.AtTop);
  }

  /** A pick list of what can be cited; inserts the chosen citation at every selection. */
  async insertCitation(lang?: unknown): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Policy Cite: open a draft to insert a citation.'));
      return;
    }
    const client = this.running();
    if (!client) return;
    let l: Lang | undefined = lang === 'zh' || lang === 'en' ? lang : undefined;
    const ask = async (want?: Lang) =>
      request(client, CitationChoicesRequest, {
        uri: client.code2ProtocolConverter.asUri(editor.document.uri),
        position: { line: editor.selection.active.line, character: editor.selection.active.character },
        lang: want,
      });
    let answer = await ask(l);
    const chosen = await new Promise<CitationChoice | undefined>((resolve) => {
      const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { choice?: CitationChoice }>();
      const other = () => (answer.lang === 'zh' ? 'en' : 'zh');
      const fill = () => {
        qp.title =
          answer.lang === 'zh'
            ? vscode.l10n.t('Insert a citation of the Opinion (Chinese)')
            : vscode.l10n.t('Insert a citation of the Opinion (English)');
        qp.placeholder = vscode.l10n.t('Type to filter parts, sections, principles and targets');
        qp.buttons = [
          {
            iconPath: new vscode.ThemeIcon('globe'),
            tooltip: other() === 'zh' ? vscode.l10n.t('Switch to Chinese') : vscode.l10n.t('Switch to English'),
          },
        ];
        qp.items = [
          ...pickItems(answer.choices),
          ...(answer.sources ?? []).flatMap((src) => [
            { label: `${src.number} ${src.title}`, kind: vscode.QuickPickItemKind.Separator },
            ...src.choices.map((c) => choiceItem(c)),
          ]),
        ];
      };
      fill();
      qp.matchOnDescription = true;
      qp.matchOnDetail = true;
      qp.onDidTriggerButton(async () => {
        l = other();
        qp.busy = true;
        try {
          answer = await ask(l);
          fill();
        } finally {
          qp.busy = false;
        }
      });
      qp.onDidAccept(() => {
        resolve(qp.selectedItems[0]?.choice);
        qp.hide();
      });
      qp.onDidHide(() => {
        resolve(undefined);
        qp.dispose();
      });
      qp.show();
    });
    if (!chosen) return;
    await editor.edit((b) => {
      for (const s of editor.selections) b.replace(s, chosen.text);
    });
  }
}

function pickItems(choices: CitationChoice[]): (vscode.QuickPickItem & { choice?: CitationChoice })[] {
  const groups: [CitationChoice['kind'][], string][] = [
    [['document'], vscode.l10n.t('The whole Opinion')],
    [['part', 'section'], vscode.l10n.t('Parts and sections')],
    [['principle'], vscode.l10n.t('Basic principles')],
    [['target'], vscode.l10n.t('Targets')],
  ];
  const out: (vscode.QuickPickItem & { choice?: CitationChoice })[] = [];
  for (const [kinds, name] of groups) {
    const list = choices.filter((c) => kinds.includes(c.kind));
    if (!list.length) continue;
    out.push({ label: name, kind: vscode.QuickPickItemKind.Separator });
    for (const c of list) out.push(choiceItem(c));
  }
  return out;
}

function choiceItem(c: CitationChoice): vscode.QuickPickItem & { choice: CitationChoice } {
  return {
    label: c.kind === 'section' ? `$(indent) ${c.label}` : c.label,
    description: c.detail,
    detail: c.text,
    choice: c,
  };
}

async function pickLanguage(): Promise<Lang | undefined> {
  const items: (vscode.QuickPickItem & { lang: Lang })[] = [
    { label: vscode.l10n.t('Chinese text (original)'), description: '中文原文', lang: 'zh' },
    { label: vscode.l10n.t('English text (unofficial translation)'), description: 'English', lang: 'en' },
  ];
  if (uiLang() === 'en') items.reverse();
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Open the Opinion in which language?') }))
    ?.lang;
}

/** The clauses of the Opinion, then of each user source under its number and title. */
async function pickClause(documents: ClauseDocument[]): Promise<ClauseEntry | undefined> {
  const items: (vscode.QuickPickItem & { clause?: ClauseEntry })[] = [];
  for (const d of documents) {
    if (documents.length > 1) items.push({ label: `${d.number} ${d.title}`, kind: vscode.QuickPickItemKind.Separator });
    for (const c of d.clauses)
      items.push({ label: `${'\u2003'.repeat(c.depth)}${c.label}`, description: c.description, clause: c });
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Open the Opinion at which clause?'),
    matchOnDescription: true,
  });
  return picked?.clause;
}

/** Registers the commands and the settings listeners, then starts the server. */
export async function activateWith(context: vscode.ExtensionContext, host: ClientHost): Promise<PolicyCite> {
  const pc = new PolicyCite(context, host);
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.restartServer, async () => {
      await pc.restart();
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Policy Cite: language server restarted'), 3000);
    }),
    vscode.commands.registerCommand(Commands.openSource, (clauseId?: unknown, lang?: unknown) =>
      pc.openSource(clauseId, lang),
    ),
    vscode.commands.registerCommand(Commands.openSourceZh, (clauseId?: unknown) => pc.openSource(clauseId, 'zh')),
    vscode.commands.registerCommand(Commands.openSourceEn, (clauseId?: unknown) => pc.openSource(clauseId, 'en')),
    vscode.commands.registerCommand(Commands.insertCitation, (lang?: unknown) => pc.insertCitation(lang)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // Which documents the server sees is fixed when a client starts; everything else the server re-reads itself.
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.languages`)) void pc.restart();
    }),
    { dispose: () => void pc.stop() },
  );
  registerCoverageView(context, () => pc.languageClient);
  registerAuthoritiesView(context, () => pc.languageClient);
  registerStatusItem(context, () => pc.languageClient);
  registerCommands(context, () => pc.languageClient);
  await pc.start();
  return pc;
}
