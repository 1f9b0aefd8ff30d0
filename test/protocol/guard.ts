// Preloaded into the server process by the security tests (node -r guard.js dist/server.js): every way to run a
// program, open a connection or look up a host is replaced by one that records the attempt and fails, and every
// file read is recorded, in the file named by POLICY_CITE_GUARD_LOG (one JSON line per event).
const fs = require('node:fs') as typeof import('node:fs');

const logFile = process.env.POLICY_CITE_GUARD_LOG;
const appendFileSync = fs.appendFileSync;
const record = (kind: string, detail: unknown) => {
  if (logFile) appendFileSync(logFile, JSON.stringify({ kind, detail: String(detail) }) + '\n');
};
const forbid = (mod: Record<string, unknown>, names: string[], kind: string) => {
  for (const n of names) {
    if (typeof mod[n] !== 'function') continue;
    mod[n] = (...args: unknown[]) => {
      record(kind, `${n} ${String(args[0])}`);
      throw new Error(`policy-cite guard: ${kind} ${n} is not allowed`);
    };
  }
};

forbid(
  require('node:child_process'),
  ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'],
  'exec',
);
const net = require('node:net');
forbid(net, ['connect', 'createConnection', 'createServer'], 'net');
net.Socket.prototype.connect = function () {
  record('net', 'Socket.connect');
  throw new Error('policy-cite guard: network');
};
forbid(require('node:http'), ['request', 'get', 'createServer'], 'net');
forbid(require('node:https'), ['request', 'get', 'createServer'], 'net');
forbid(require('node:http2'), ['connect', 'createServer'], 'net');
forbid(require('node:dgram'), ['createSocket'], 'net');
forbid(require('node:dns'), ['lookup', 'resolve', 'resolve4', 'resolve6'], 'net');
forbid(require('node:tls'), ['connect'], 'net');
(globalThis as Record<string, unknown>).fetch = (u: unknown) => {
  record('net', `fetch ${String(u)}`);
  return Promise.reject(new Error('policy-cite guard: fetch'));
};
(globalThis as Record<string, unknown>).WebSocket = undefined;
forbid(require('node:vm'), ['runInNewContext', 'runInThisContext', 'runInContext', 'compileFunction'], 'eval');

const mfs = fs as unknown as Record<string, (...a: unknown[]) => unknown>;
for (const n of [
  'readFileSync',
  'readFile',
  'openSync',
  'open',
  'createReadStream',
  'readdirSync',
  'readdir',
  'opendirSync',
]) {
  const orig = mfs[n];
  if (typeof orig !== 'function') continue;
  mfs[n] = function (this: unknown, ...args: unknown[]) {
    record('read', args[0] instanceof URL ? args[0].pathname : args[0]);
    return orig.apply(this, args);
  };
}
const prom = fs.promises as unknown as Record<string, (...a: unknown[]) => unknown>;
for (const n of ['readFile', 'open', 'readdir', 'opendir']) {
  const orig = prom[n];
  prom[n] = function (this: unknown, ...args: unknown[]) {
    record('read', args[0]);
    return orig.apply(this, args);
  };
}
