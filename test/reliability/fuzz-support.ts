/**
 * What the fuzz tests share: hostile cell text, the byte-level damage any file can suffer (cut short,
 * re-encoded, NUL bytes, junk), and a zip that opens but is no workbook. Every seed is fixed.
 */
import { crc32 } from "node:zlib";
import fc from "fast-check";

/** fast-check's settings for every fuzz property: a fixed seed, so a failure reproduces. */
export const FUZZ = { seed: 20_240_801, numRuns: 200 } as const;

/** Text a cell may hold to hurt a reader or, exported, a spreadsheet. */
export const HOSTILE_TEXT = [
  '=HYPERLINK("http://x","click")',
  "@SUM(1)",
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  '"',
  '"unclosed',
  'a""b',
  "\u0000",
  "\uFEFF",
  "𝄞 and é",
  "\uFFFD",
  "<script>alert(1)</script>",
  "'); drop table placements; --",
  "NaN",
  "Infinity",
  "1e309",
  "-0",
  "99999999999999999999999",
  "31/02/2024",
  "2024-13-45",
  "__proto__",
  "constructor",
  "x".repeat(200_000),
] as const;

export const hostileText = fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ maxLength: 40 }));

const utf8 = new TextEncoder();

/** Damage to a whole file's bytes, as files arrive damaged. */
export const damage: fc.Arbitrary<(bytes: Uint8Array) => Uint8Array> = fc.oneof(
  fc.constant((b: Uint8Array) => b),
  fc.nat().map((k) => (b: Uint8Array) => b.slice(0, k % (b.length + 1))),
  fc.constant((b: Uint8Array) => {
    // UTF-16 little-endian with its byte-order mark, as "Unicode text" saves it.
    const text = new TextDecoder().decode(b);
    const out = new Uint8Array(2 + text.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      out[2 + i * 2] = text.charCodeAt(i) & 0xff;
      out[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    return out;
  }),
  fc.constant((b: Uint8Array) => Uint8Array.from(new TextDecoder().decode(b), (c) => c.charCodeAt(0) & 0xff)),
  fc
    .tuple(fc.nat(), fc.constantFrom([0xc3, 0x28], [0xff], [0x00], [0xe2, 0x82], [0xed, 0xa0, 0x80]))
    .map(([k, bad]) => (b: Uint8Array) => {
      const at = k % (b.length + 1);
      return Uint8Array.from([...b.subarray(0, at), ...bad, ...b.subarray(at)]);
    }),
  fc.constant(() => new Uint8Array()),
  fc.uint8Array({ maxLength: 3000 }).map((junk) => () => junk),
  fc.nat().map((k) => (b: Uint8Array) => Uint8Array.from(b, (x, i) => (i % 97 === k % 97 ? x ^ 0xff : x))),
);

/** A zip archive (stored, no compression) holding the given files: it opens, but is no workbook. */
export function zipOf(files: Record<string, string>): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const [nameBytes, data] = [Buffer.from(name), Buffer.from(utf8.encode(text))];
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}

/** A grid's columns changed as people change them: one dropped, one repeated, all reordered. */
export const reshape: fc.Arbitrary<(grid: string[][]) => string[][]> = fc.oneof(
  fc.constant((g: string[][]) => g),
  fc
    .nat()
    .map((i) => (g: string[][]) => g.map((row) => row.filter((_, c) => c !== i % Math.max(1, row.length)))),
  fc.nat().map((i) => (g: string[][]) => g.map((row) => [...row, row[i % Math.max(1, row.length)] ?? ""])),
  fc.nat().map((seed) => (g: string[][]) => {
    const order = (g[0] ?? [])
      .map((_, c) => c)
      .sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
    return g.map((row) => order.map((c) => row[c] ?? ""));
  }),
);

/** One cell (row, column) of a grid replaced by hostile text. */
export const hostileCell = fc.tuple(fc.nat(), fc.nat(), hostileText).map(
  ([r, c, text]) =>
    (g: string[][]) =>
      g.map((row, ri) =>
        ri === r % g.length ? row.map((cell, ci) => (ci === c % row.length ? text : cell)) : row,
      ),
);
