// The session's life: initialize (what the client supports, the settings it passed) and initialized (the first
// read of the settings), and settings changed later.
import type { DidChangeConfigurationParams, InitializeParams, InitializeResult } from 'vscode-languageserver';
import { CodeActionKind, TextDocumentSyncKind } from 'vscode-languageserver';
import { COMPLETION_TRIGGERS, FIX_ALL_KIND, SETTINGS_SECTION } from '../../../shared/protocol';
import { ServerState, clientSupport, log, warnOnce } from './state';
import { parseSettings } from './settings';

export function applySettings(s: ServerState, raw: unknown): void {
  const { settings, problems } = parseSettings(raw);
  s.settings = settings;
  s.analyses.clear(); // rule levels decide which rules run: every analysis made under the old ones is stale
  for (const p of problems) warnOnce(s, p);
  for (const c of s.companions) c.settingsChanged?.(settings);
}

export function initialize(s: ServerState, params: InitializeParams): InitializeResult {
  s.support = clientSupport(params);
  for (const c of s.companions) c.initialize?.(params);
  const init = (params.initializationOptions ?? {}) as { settings?: unknown };
  if (init.settings !== undefined) applySettings(s, init.settings);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      definitionProvider: true,
      documentLinkProvider: { resolveProvider: false },
      documentSymbolProvider: true,
      codeActionProvider: {
        codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND],
        resolveProvider: s.support.codeActionResolve,
      },
      completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
      referencesProvider: true,
    },
    serverInfo: { name: 'policy-cite', version: '0.1.0' },
  };
}

async function pullSettings(s: ServerState): Promise<void> {
  let raw: unknown = undefined;
  if (s.support.configuration) {
    try {
      raw = await s.client.configuration(SETTINGS_SECTION);
    } catch (e) {
      log(s, `could not read settings: ${String(e)}`);
    }
  }
  applySettings(s, raw);
}

export async function initialized(s: ServerState, loadProblems: readonly string[] = []): Promise<void> {
  if (s.support.configuration) {
    try {
      await s.client.register('workspace/didChangeConfiguration', { section: SETTINGS_SECTION });
    } catch {
      /* client without dynamic registration: pushes instead */
    }
  }
  for (const p of loadProblems) warnOnce(s, p);
  await pullSettings(s);
  for (const c of s.companions) c.initialized?.();
  s.settingsReady = true;
  s.diagnostics.flush();
}

export async function didChangeConfiguration(s: ServerState, change: DidChangeConfigurationParams): Promise<void> {
  const pushed = (change?.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
  if (s.support.configuration) await pullSettings(s);
  else applySettings(s, pushed);
  s.shown = new Set();
  s.diagnostics.scheduleAll();
}
