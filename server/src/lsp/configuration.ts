// The session's life: initialize (what the client supports, the settings it passed), initialized (registrations the
// client declared it accepts, the first read of the settings), settings pushed or pulled later, and shutdown.
//
// Settings reach the server three ways, and every editor uses one of them:
// - pulled with workspace/configuration (section `policyCite`) when the client declares `workspace.configuration`
//   (VS Code, Emacs eglot, Helix, Neovim 0.8+);
// - in `initializationOptions`, for clients that cannot be asked (Neovim 0.7): `{ settings: { policyCite: {…} } }`
//   (also accepted: `{ policyCite: {…} }`, Helix's `config`, and `{ settings: {…the section…} }`, VS Code's);
// - pushed in workspace/didChangeConfiguration `{ settings: { policyCite: {…} } }`, by clients without pull.
// Settings given once are never replaced by defaults because a client did not answer or did not mention them.
import type { DidChangeConfigurationParams, InitializeParams, InitializeResult } from 'vscode-languageserver';
import { CodeActionKind, TextDocumentSyncKind } from 'vscode-languageserver';
import { COMPLETION_TRIGGERS, FIX_ALL_KIND, SETTINGS_SECTION } from '../../../shared/protocol';
import { ServerState, clientSupport, log, warnOnce } from './state';
import { parseSettings } from './settings';

const SETTING_KEYS = ['rules', 'messageLanguage', 'hoverLanguage', 'sources'];
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The `policyCite` section in what a client sent: `{ policyCite: {…} }` → `{…}`; the section's own contents (a
 * `rules` key …) as they are; undefined when the value does not mention our settings at all (another server's).
 */
export function settingsSection(raw: unknown): unknown {
  if (isObject(raw) && SETTINGS_SECTION in raw) return raw[SETTINGS_SECTION];
  if (isObject(raw) && SETTING_KEYS.some((k) => k in raw)) return raw;
  return undefined;
}

/** Settings in initializationOptions, in any of the accepted shapes; undefined when there are none. */
export function initialSettings(options: unknown): unknown {
  if (!isObject(options)) return undefined;
  if (options.settings !== undefined) {
    // A malformed value is passed on, so that parseSettings names the problem.
    return isObject(options.settings) ? (settingsSection(options.settings) ?? options.settings) : options.settings;
  }
  return settingsSection(options);
}

export function applySettings(s: ServerState, raw: unknown): void {
  const { settings, problems } = parseSettings(raw);
  s.settings = settings;
  s.analyses.clear(); // rule levels decide which rules run: every analysis made under the old ones is stale
  for (const p of problems) warnOnce(s, p);
  for (const c of s.companions) c.settingsChanged?.(settings);
}

export function initialize(s: ServerState, params: InitializeParams): InitializeResult {
  s.support = clientSupport(params);
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  s.workspaceFiles?.setFolders(folders.filter((u) => typeof u === 'string'));
  for (const c of s.companions) c.initialize?.(params);
  const given = initialSettings(params.initializationOptions);
  if (given !== undefined) applySettings(s, given);
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

/** Reads the settings from the client, when it can be asked; keeps the current ones when it answers nothing. */
async function pullSettings(s: ServerState): Promise<void> {
  let raw: unknown;
  try {
    raw = await s.client.configuration(SETTINGS_SECTION);
  } catch (e) {
    log(s, `could not read settings: ${String(e)}`);
    return;
  }
  // null: the client has no settings for us (a Neovim user who put them in init_options) — keep those.
  if (raw !== null && raw !== undefined) applySettings(s, raw);
}

export async function initialized(s: ServerState, loadProblems: readonly string[] = []): Promise<void> {
  // Register only what the client declared it accepts: a client without dynamic registration for this (Emacs
  // eglot, Neovim) warns about every registration it did not ask for, and pushes changes on its own anyway.
  if (s.support.configurationRegistration) {
    try {
      await s.client.register('workspace/didChangeConfiguration', { section: SETTINGS_SECTION });
    } catch (e) {
      log(s, `could not register for configuration changes: ${String(e)}`);
    }
  }
  for (const p of loadProblems) warnOnce(s, p);
  if (s.support.configuration) await pullSettings(s);
  for (const c of s.companions) c.initialized?.();
  s.settingsReady = true;
  s.diagnostics.flush();
}

export async function didChangeConfiguration(s: ServerState, change: DidChangeConfigurationParams): Promise<void> {
  s.shown = new Set(); // the user is editing the settings: show what is still wrong in them
  if (s.support.configuration) await pullSettings(s);
  else {
    const pushed = settingsSection(change?.settings);
    // A push that does not mention our section (another server's settings, or none) changes nothing.
    if (pushed !== undefined) applySettings(s, pushed);
  }
  s.diagnostics.scheduleAll();
}
