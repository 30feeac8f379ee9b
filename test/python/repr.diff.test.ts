// Differential test: the port's one repr() (lib/internal/repr.ts,
// pythonStrRepr) against CPython 3.14's repr() in Pyodide, for every code
// point. Python escapes a character when str.isprintable() is false; the
// only differences allowed are code points that Python's Unicode database
// (16.0 in 3.14) leaves unassigned and V8's newer one assigns: they are
// checked to be exactly that.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { pythonStrRepr } from '../../lib/internal/repr';
import { type CPython, cpython } from './cpython';

let python: CPython;
before(async () => {
  python = await cpython();
});

const MAX_CODE_POINT = 0x10ffff;

function escapedByPort(codePoint: number): boolean {
  const char = String.fromCodePoint(codePoint);
  if (char === "'" || char === '\\') return false;
  return pythonStrRepr(char) !== `'${char}'`;
}

/** [start, end) ranges of the code points Python's repr() escapes, and the unassigned ones. */
const PYTHON_RANGES = String.raw`
import json, unicodedata
def ranges(pred):
    out, start = [], None
    for cp in range(0x110000):
        hit = pred(cp)
        if hit and start is None:
            start = cp
        elif not hit and start is not None:
            out.append((start, cp)); start = None
    if start is not None:
        out.append((start, 0x110000))
    return out
escaped = ranges(lambda cp: chr(cp) not in "'\\" and repr(chr(cp)) != "'" + chr(cp) + "'")
unassigned = ranges(lambda cp: unicodedata.category(chr(cp)) == 'Cn')
json.dumps({'escaped': escaped, 'unassigned': unassigned, 'unicode': unicodedata.unidata_version})
`;

function inRanges(ranges: [number, number][], codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = ranges[middle];
    if (codePoint < start) high = middle - 1;
    else if (codePoint >= end) low = middle + 1;
    else return true;
  }
  return false;
}

test("pythonStrRepr escapes exactly the code points CPython's repr() escapes", () => {
  const result = JSON.parse(python.run(PYTHON_RANGES).value as string) as {
    escaped: [number, number][];
    unassigned: [number, number][];
    unicode: string;
  };
  const unexplained: string[] = [];
  let newerInV8 = 0;
  for (let codePoint = 0; codePoint <= MAX_CODE_POINT; codePoint++) {
    const ours = escapedByPort(codePoint);
    const theirs = inRanges(result.escaped, codePoint);
    if (ours === theirs) continue;
    // Python has it unassigned (escaped), V8 knows it (printable): a newer Unicode.
    const newer = theirs && !ours && inRanges(result.unassigned, codePoint) && !/\p{Cn}/u.test(String.fromCodePoint(codePoint));
    if (newer) newerInV8++;
    else unexplained.push(`U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  assert.deepEqual(unexplained.slice(0, 20), [], `${unexplained.length} code points differ (Python's Unicode ${result.unicode})`);
  // Sanity: the comparison ran over real data (Unicode 16 leaves >800 000 unassigned).
  assert.ok(result.unassigned.length > 100, 'Python reported its unassigned ranges');
  assert.ok(newerInV8 < 10_000, `${newerInV8} code points assigned only in V8's Unicode`);
});

test('the escapes use the shortest form, as CPython: \\xhh, \\uhhhh, \\Uhhhhhhhh', () => {
  const samples = ['\x7f', '\xad', '\u2028', '\ufeff', '\u{e0001}', '\u{10ffff}', '\ud800', "'", '"', `'"`, '\\'];
  const expected = JSON.parse(
    python.run('import json; json.dumps([repr(s) for s in samples.to_py()])', { globals: { samples } }).value as string,
  ) as string[];
  assert.deepEqual(samples.map(pythonStrRepr), expected);
});
