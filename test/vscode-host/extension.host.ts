// The packaged extension in a real VS Code extension host (see runTest.ts): the same scenario as the
// code-server suite in test/e2e-vscode/, through VS Code's API instead of the screen.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'policy-cite.policy-cite';

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'runTest.ts opens the e2e workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Resolves with the policy-cite diagnostics of `uri` once `accept` takes them; rejects after `ms`. */
function diagnosticsOf(
  uri: vscode.Uri,
  accept: (d: vscode.Diagnostic[]) => boolean,
  ms = 30_000,
): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'policy-cite');
  return new Promise((resolve, reject) => {
    const done = (f: () => void) => {
      sub.dispose();
      clearTimeout(timer);
      f();
    };
    const check = () => {
      const d = ours();
      if (accept(d)) done(() => resolve(d));
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(
      () =>
        done(() =>
          reject(new Error(`diagnostics of ${uri.path} never settled: ${JSON.stringify(ours().map((d) => d.code))}`)),
        ),
      ms,
    );
    check();
  });
}

const count = (ds: vscode.Diagnostic[], s: vscode.DiagnosticSeverity) => ds.filter((d) => d.severity === s).length;

function positionOf(doc: vscode.TextDocument, needle: string, into = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `the draft contains ${needle}`);
  return doc.positionAt(at + into);
}

describe('Policy Cite in a VS Code extension host', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await vscode.workspace.openTextDocument(workspaceFile('draft-zh.md'));
    await vscode.window.showTextDocument(doc);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is installed`);
  });

  it('activates on a Markdown draft and reports its findings', async () => {
    const ds = await diagnosticsOf(doc.uri, (d) => d.length >= 2);
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    assert.equal(count(ds, vscode.DiagnosticSeverity.Error), 1, 'the wrong clause heading');
    assert.equal(count(ds, vscode.DiagnosticSeverity.Warning), 1, 'the document number in square brackets');
    assert.deepEqual(ds.map((d) => (typeof d.code === 'object' ? d.code.value : d.code)).sort(), [
      'clause-title-mismatch',
      'doc-number-format',
    ]);
  });

  it('shows the clause in both languages on hover', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      positionOf(doc, '第二部分第（一）项', 2),
    );
    const text = hovers
      .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
      .join('\n');
    assert.match(text, /增强云计算服务能力/);
    assert.match(text, /Strengthen cloud computing service capacity/i);
  });

  it('fixes the document number with a quick fix', async () => {
    const at = positionOf(doc, '国发[2015]5号', 1);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      new vscode.Range(at, at),
      vscode.CodeActionKind.QuickFix.value,
      10, // resolve the edits: the server fills them in codeAction/resolve
    );
    // (the command's actions come without their diagnostics: find the fix by what it writes)
    const fix = actions.find((a) => a.edit && /国发〔2015〕5号/.test(a.title));
    assert.ok(fix?.edit, `a quick fix to 国发〔2015〕5号 among ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.match(doc.getText(), /参照国发〔2015〕5号文件/);
    const ds = await diagnosticsOf(doc.uri, (d) => count(d, vscode.DiagnosticSeverity.Warning) === 0);
    assert.equal(count(ds, vscode.DiagnosticSeverity.Error), 1);
  });

  it('inserts a citation with "Insert a Citation of the Opinion…"', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    const before = doc.getText();
    // The command resolves once its pick list is answered; accept the first item (the whole Opinion) as soon as
    // the list is there, polling on that condition rather than sleeping.
    let done = false;
    const command = Promise.resolve(vscode.commands.executeCommand('policyCite.insertCitation', 'zh')).finally(() => {
      done = true;
    });
    for (const until = Date.now() + 30_000; !done && Date.now() < until;) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((r) => setTimeout(r, 200));
    }
    await command;
    const added = doc.getText().slice(before.length);
    // The draft defined 《意见》 as the short name, so the citation of the whole Opinion uses it.
    assert.match(added, /《意见》|国发〔2015〕5号/);
  });

  it('declares its commands', async () => {
    const all = await vscode.commands.getCommands(true);
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { commands: { command: string }[] };
    };
    for (const { command } of manifest.contributes.commands)
      assert.ok(all.includes(command), `${command} is registered`);
  });

  it('"Check All Drafts in the Workspace": the problems of a draft that is not open reach the diagnostics', async () => {
    const district = workspaceFile('plans/district.md');
    assert.ok(
      !vscode.workspace.textDocuments.some((d) => d.uri.toString() === district.toString()),
      'plans/district.md is not open',
    );
    await vscode.commands.executeCommand('policyCite.checkWorkspace');
    // VS Code pulls them (workspace/diagnostic): the bracketed number of 国发（2015）5号, a warning.
    const ds = await diagnosticsOf(district, (d) => d.length > 0);
    assert.deepEqual(
      ds.map((d) => [typeof d.code === 'object' ? d.code.value : d.code, d.severity, d.range.start.line]),
      [['doc-number-format', vscode.DiagnosticSeverity.Warning, 4]],
    );
    // A draft that cites nothing has none.
    assert.deepEqual(
      vscode.languages.getDiagnostics(workspaceFile('notes.md')).filter((d) => d.source === 'policy-cite'),
      [],
    );
  });

  it('"Open the Example Draft": an untitled copy of the example draft, checked like any draft', async () => {
    await vscode.commands.executeCommand('policyCite.openExample', 'zh');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is active');
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.languageId, 'markdown');
    assert.match(editor.document.getText(), /国发〔2015〕5号/);
    // examples/draft-zh.md: three errors and four warnings (the README's first sample).
    const ds = await diagnosticsOf(editor.document.uri, (d) => d.length >= 7);
    assert.equal(count(ds, vscode.DiagnosticSeverity.Error), 3);
    assert.equal(count(ds, vscode.DiagnosticSeverity.Warning), 4);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('"Add a Source Document…": the file is copied into .policy-cite/sources/ and its citations are known at once', async () => {
    // 国发〔2015〕50号 (the big-data action plan), cited in a new draft: not among the known documents yet.
    const draft = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: '落实《国务院关于印发促进大数据发展行动纲要的通知》（国发〔2015〕50号）。\n',
    });
    await vscode.window.showTextDocument(draft);
    const hoverText = async () =>
      (
        await vscode.commands.executeCommand<vscode.Hover[]>(
          'vscode.executeHoverProvider',
          draft.uri,
          positionOf(draft, '国发〔2015〕50号', 3),
        )
      )
        .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
        .join('\n');
    assert.doesNotMatch(await hoverText(), /2015年8月31日/);
    // The full text the repository's source tests use (the extension host runs from out/test/vscode-host/).
    const fixture = vscode.Uri.file(path.resolve(__dirname, '../../../test/sources/fixtures/gf-2015-50.md'));
    await vscode.commands.executeCommand('policyCite.addSource', [fixture]);
    const copied = workspaceFile('.policy-cite/sources/gf-2015-50.md');
    assert.equal((await vscode.workspace.fs.stat(copied)).type, vscode.FileType.File);
    // The server watches the folder: the hover soon shows the document's date of issue.
    let text = '';
    for (const until = Date.now() + 30_000; Date.now() < until; await new Promise((r) => setTimeout(r, 250))) {
      text = await hoverText();
      if (/2015年8月31日/.test(text)) break;
    }
    assert.match(text, /2015年8月31日/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('"Show the Coverage of This Draft" reveals the coverage view', async () => {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('policyCite.showCoverage');
  });
});
