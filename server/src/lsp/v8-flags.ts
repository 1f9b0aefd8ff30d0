// Imported first by the Node entry (node.ts), before any module compiles a pattern. The engine's patterns are many
// and large (the corpus's target patterns among them) and most run on every draft: V8 by default interprets a
// pattern's bytecode first and compiles it to machine code once it runs again — two compilations each. Compiled to
// machine code at once, the first analysis after start takes ~40 ms instead of ~70 ms (start → first diagnostics
// ~20 ms sooner, `npm run bench`); later analyses are as fast either way. Patterns compiled before this runs keep the
// default. Only what V8 does with patterns changes, never what they match.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
