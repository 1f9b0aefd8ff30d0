// Skipping a test is allowed only for a reason on this list, and only through skipBecause(); test/skips.test.ts fails
// the run on any other skip (it.skip, xit, describe.skip, a bare this.skip()). Tests that need shared/ (the seed, the
// scorer, the public sample drafts) go through needShared(): in CI (CI=true) shared/ is always laid beside the clone,
// so its absence fails the test instead of skipping it.
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** shared/ beside the repository (on a developer's machine and on CI alike). */
export const SHARED = path.resolve(ROOT, '..', 'shared');

export const ALLOWED_SKIP_REASONS = [
  'shared/ is not beside the repository (outside CI only)',
  'util-linux script(1) is not installed, so there is no pseudo-terminal to test on',
] as const;
export type SkipReason = (typeof ALLOWED_SKIP_REASONS)[number];

/** Full titles of the tests skipped through skipBecause(), with their reasons. */
export const skipped = new Map<string, string>();

export const inCI = () => process.env.CI === 'true';

/** Skips the running test (or, from a hook, the tests it guards) for an allowed reason. */
export function skipBecause(ctx: Mocha.Context, reason: SkipReason, detail = ''): never {
  if (!(ALLOWED_SKIP_REASONS as readonly string[]).includes(reason)) throw new Error(`not an allowed skip: ${reason}`);
  const t = ctx.test;
  // From a before() hook, mocha skips every test of the hook's suite, nested ones too.
  const tests = (s: Mocha.Suite): Mocha.Test[] => [...s.tests, ...s.suites.flatMap(tests)];
  for (const x of (t as { type?: string } | undefined)?.type === 'test'
    ? [t as Mocha.Test]
    : t?.parent
      ? tests(t.parent)
      : [])
    skipped.set(x.fullTitle(), reason);
  console.warn(`      skipped: ${reason}${detail ? ` — ${detail}` : ''}`);
  return ctx.skip();
}

/** The path of `rel` in shared/. Missing: fails in CI, skips with the reason elsewhere. */
export function needShared(ctx: Mocha.Context, rel: string): string {
  const p = path.join(SHARED, rel);
  if (fs.existsSync(p)) return p;
  if (inCI()) throw new Error(`CI=true but ${p} is missing: shared/ must sit beside the repository`);
  return skipBecause(ctx, 'shared/ is not beside the repository (outside CI only)', `${p} is missing`);
}
