// Settings as the editor sends them (any shape) → validated settings plus plain-language problems.
import type { Lang } from '../core/corpus';
import { ALL_RULES, DEFAULT_LEVELS, Level, RuleCode } from '../core/model';

export interface Settings {
  rules: Record<RuleCode, Level>;
  messageLanguage: 'auto' | Lang;
  hoverLanguage: 'both' | Lang;
  sources: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  rules: { ...DEFAULT_LEVELS },
  messageLanguage: 'auto',
  hoverLanguage: 'both',
  sources: [],
};

const LEVELS: Level[] = ['off', 'hint', 'information', 'warning', 'error'];
const LEVEL_ALIASES: Record<string, Level> = {
  info: 'information',
  warn: 'warning',
  none: 'off',
  false: 'off',
  disabled: 'off',
};

/** A value as the user wrote it, clipped: a pasted megabyte must not come back whole in a notification. */
function shown(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    s = String(v);
  }
  return s.length > 80 ? `${s.slice(0, 77).replace(/[\ud800-\udbff]$/, '')}…` : s;
}

/** Never throws: whatever is wrong is named in `problems` and replaced by the default. */
export function parseSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const s: Settings = { rules: { ...DEFAULT_LEVELS }, messageLanguage: 'auto', hoverLanguage: 'both', sources: [] };
  if (raw === null || raw === undefined) return { settings: s, problems };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { settings: s, problems: ['policyCite settings must be an object; using the defaults.'] };
  const r = raw as Record<string, unknown>;
  if (r.rules !== undefined) {
    if (typeof r.rules !== 'object' || r.rules === null || Array.isArray(r.rules))
      problems.push('policyCite.rules must be an object such as { "misquote": "warning" }.');
    else {
      for (const [k, v] of Object.entries(r.rules as Record<string, unknown>)) {
        if (!(ALL_RULES as string[]).includes(k)) {
          problems.push(`policyCite.rules: unknown rule "${shown(k)}" (known: ${ALL_RULES.join(', ')}).`);
          continue;
        }
        const lv =
          typeof v === 'string' ? (LEVEL_ALIASES[v.toLowerCase()] ?? v.toLowerCase()) : v === false ? 'off' : undefined;
        if (!lv || !(LEVELS as string[]).includes(lv)) {
          problems.push(
            `policyCite.rules.${shown(k)}: "${shown(v)}" is not a level (off, hint, information, warning, error).`,
          );
          continue;
        }
        s.rules[k as RuleCode] = lv as Level;
      }
    }
  }
  const pick = <T extends string>(key: string, allowed: readonly T[], set: (v: T) => void) => {
    const v = r[key];
    if (v === undefined) return;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) set(v as T);
    else problems.push(`policyCite.${key}: "${shown(v)}" is not one of ${allowed.join(', ')}.`);
  };
  pick('messageLanguage', ['auto', 'zh', 'en'] as const, (v) => (s.messageLanguage = v));
  pick('hoverLanguage', ['both', 'zh', 'en'] as const, (v) => (s.hoverLanguage = v));
  if (r.sources !== undefined) {
    if (Array.isArray(r.sources) && r.sources.every((x) => typeof x === 'string'))
      s.sources = (r.sources as string[]).slice(0, 1000);
    else problems.push('policyCite.sources must be a list of paths or globs.');
  }
  return { settings: s, problems };
}

/** The editor's display language (LSP `locale`, e.g. zh-cn, en-us) → message language. */
export function uiLanguage(setting: Settings['messageLanguage'], locale: string | undefined): Lang {
  if (setting !== 'auto') return setting;
  return /^zh/i.test(locale ?? '') ? 'zh' : 'en';
}
