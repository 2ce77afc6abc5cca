/**
 * Node positions in a shared link, compactly: whole pixels, in the order of the link's `nodes`
 * list, as zig-zag varints (small numbers take one byte, most layouts two per axis), base64url so
 * the URL needs no escaping. The first varint of a node carries a "has a position" bit, so a node
 * without one takes a single zero byte. Pure, unit-tested.
 */

export interface Point {
  x: number;
  y: number;
}

const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (n: number) => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);

function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b = 0, c = 0] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4;
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): number[] | null {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    if (chunk.length === 1) return null;
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const v = k < chunk.length ? B64.indexOf(chunk[k]!) : 0;
      if (v < 0) return null;
      n = (n << 6) | v;
    }
    bytes.push((n >> 16) & 255);
    if (chunk.length > 2) bytes.push((n >> 8) & 255);
    if (chunk.length > 3) bytes.push(n & 255);
  }
  return bytes;
}

/** The positions of `ids` (in that order), rounded to whole pixels. */
export function encodePositions(ids: readonly string[], positions: ReadonlyMap<string, Point>): string {
  const bytes: number[] = [];
  for (const id of ids) {
    const p = positions.get(id);
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) {
      bytes.push(0);
      continue;
    }
    pushVarint(bytes, zigzag(Math.round(p.x)) * 2 + 1);
    pushVarint(bytes, zigzag(Math.round(p.y)));
  }
  return toBase64Url(bytes);
}

/** Positions read back for `ids`; an id whose position was missing, or a text that does not decode, gives none. */
export function decodePositions(ids: readonly string[], text: string | null): Map<string, Point> {
  const out = new Map<string, Point>();
  if (!text) return out;
  const bytes = fromBase64Url(text);
  if (!bytes) return out;
  let i = 0;
  const read = (): number | null => {
    let v = 0;
    let scale = 1;
    for (;;) {
      if (i >= bytes.length) return null;
      const b = bytes[i++]!;
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 0x80;
      if (scale > 2 ** 35) return null;
    }
  };
  for (const id of ids) {
    if (i >= bytes.length) break;
    const first = read();
    if (first === null) return out;
    if (first % 2 === 0) continue;
    const y = read();
    if (y === null) return out;
    out.set(id, { x: unzigzag((first - 1) / 2), y: unzigzag(y) });
  }
  return out;
}
