// The workspace's draft files on disk, for the Node server (workspace.ts says what they are for). Drafts are the
// .md, .markdown and .txt files under the workspace folders, decoded as the command line decodes them (UTF-8 with or
// without BOM, UTF-16, GB18030); hidden folders (.git, .policy-cite …), node_modules, out and dist are not entered.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeBytes } from '../draft-text';
import type { WorkspaceFiles } from './workspace';

const DRAFT_FILE = /\.(?:md|markdown|txt)$/i;
const SKIP_DIR = /^(?:\.|node_modules$|out$|dist$)/;
/** The most files read: a workspace larger than this is checked in part (and says so). */
export const MAX_WORKSPACE_FILES = 2000;
/** A larger file is not a draft (a log, a data dump). */
const MAX_DRAFT_BYTES = 4 * 1024 * 1024;

const toPath = (uri: string): string | undefined => {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
};

export function nodeWorkspaceFiles(limit = MAX_WORKSPACE_FILES): WorkspaceFiles {
  let folders: string[] = [];
  const walk = (dir: string, out: string[]): boolean => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return true;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (out.length > limit) return false;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIR.test(e.name) && !walk(p, out)) return false;
      } else if (e.isFile() && DRAFT_FILE.test(e.name)) out.push(p);
    }
    return true;
  };
  return {
    setFolders(uris) {
      folders = uris.map(toPath).filter((p): p is string => !!p);
    },
    list() {
      const out: string[] = [];
      for (const f of folders) if (!walk(f, out)) break;
      const truncated = out.length > limit;
      return { uris: out.slice(0, limit).map((p) => pathToFileURL(p).href), truncated };
    },
    stamp(uri) {
      const p = toPath(uri);
      try {
        const st = p ? fs.statSync(p) : undefined;
        return st && st.isFile() && st.size <= MAX_DRAFT_BYTES ? `${st.mtimeMs}:${st.size}` : undefined;
      } catch {
        return undefined;
      }
    },
    read(uri) {
      const p = toPath(uri);
      try {
        return p ? decodeBytes(fs.readFileSync(p))?.text : undefined;
      } catch {
        return undefined;
      }
    },
    relative(uri) {
      const p = toPath(uri);
      if (!p) return uri;
      const folder = folders.find((f) => !path.relative(f, p).startsWith('..'));
      return (folder ? path.relative(folder, p) : path.basename(p)).split(path.sep).join('/');
    },
  };
}
