// Reads LSP messages (Content-Length framing) from a byte stream, for the test and benchmark clients.
// Chunks are joined only when a header or a body spans them, so a 10 MB diagnostics message stays cheap.

export class FrameReader<T = unknown> {
  private chunks: Buffer[] = [];
  private size = 0;
  private expect = -1;

  constructor(private readonly onMessage: (msg: T) => void) {}

  push(c: Buffer): void {
    this.chunks.push(c);
    this.size += c.length;
    for (;;) {
      if (this.expect < 0) {
        const buf = this.joined();
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const m = /Content-Length: *(\d+)/i.exec(buf.subarray(0, end).toString('ascii'));
        if (!m) throw new Error(`the server sent a bad header: ${buf.subarray(0, end).toString()}`);
        this.chunks = [buf.subarray(end + 4)];
        this.size = buf.length - end - 4;
        this.expect = Number(m[1]);
      }
      if (this.size < this.expect) return;
      const buf = this.joined();
      const body = buf.subarray(0, this.expect);
      this.chunks = [buf.subarray(this.expect)];
      this.size = buf.length - this.expect;
      this.expect = -1;
      this.onMessage(JSON.parse(body.toString('utf8')) as T);
    }
  }

  private joined(): Buffer {
    const buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    this.chunks = [buf];
    return buf;
  }
}
