// The ZIP writer of scripts/pack-offline.ts, checked by Python's zipfile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipDirectory } from '../../scripts/pack-offline';

test('pack:offline escribe un ZIP válido / pack:offline writes a valid ZIP', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wsgiref-pack-'));
  mkdirSync(path.join(dir, 'en', 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><p>según</p>'.repeat(50));
  writeFileSync(path.join(dir, 'en', 'assets', 'x.bin'), Buffer.from([0, 1, 2, 255]));
  const zipFile = path.join(dir, '..', `${path.basename(dir)}.zip`);
  writeFileSync(zipFile, zipDirectory(dir, 'raiz'));
  const script = [
    'import sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1])',
    'assert z.testzip() is None',
    'print("\\n".join(sorted(z.namelist())))',
    'print(z.read("raiz/index.html").decode("utf-8").count("según"))',
    'print(list(z.read("raiz/en/assets/x.bin")))',
  ].join('\n');
  const out = execFileSync('python3', ['-c', script, zipFile], { encoding: 'utf8' }).trim().split('\n');
  assert.deepEqual(out, ['raiz/en/assets/x.bin', 'raiz/index.html', '50', '[0, 1, 2, 255]']);
});
