// `npm run pack:offline`: zips build-offline/ into wsgiref-ts-offline.zip
// (entries under wsgiref-ts-offline/). No dependency: node:zlib deflates
// and computes the CRC-32; the ZIP container (local headers, central
// directory, end record; no ZIP64, so < 4 GiB and < 65535 files) is
// written here.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const siteDir = path.resolve(import.meta.dirname, '..');
const sourceDir = path.join(siteDir, 'build-offline');
const zipPath = path.join(siteDir, 'wsgiref-ts-offline.zip');
const rootName = 'wsgiref-ts-offline';

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full) : [full];
    });
}

/** MS-DOS time and date fields of a ZIP entry. */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  compressed: Buffer;
  method: number;
  offset: number;
  time: number;
  date: number;
}

function localHeader(e: Entry): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(20, 4); // version needed: 2.0
  b.writeUInt16LE(0x0800, 6); // UTF-8 names
  b.writeUInt16LE(e.method, 8);
  b.writeUInt16LE(e.time, 10);
  b.writeUInt16LE(e.date, 12);
  b.writeUInt32LE(e.crc, 14);
  b.writeUInt32LE(e.compressed.length, 18);
  b.writeUInt32LE(e.size, 22);
  b.writeUInt16LE(e.name.length, 26);
  b.writeUInt16LE(0, 28);
  return b;
}

function centralHeader(e: Entry): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
  b.writeUInt16LE(20, 6);
  b.writeUInt16LE(0x0800, 8);
  b.writeUInt16LE(e.method, 10);
  b.writeUInt16LE(e.time, 12);
  b.writeUInt16LE(e.date, 14);
  b.writeUInt32LE(e.crc, 16);
  b.writeUInt32LE(e.compressed.length, 20);
  b.writeUInt32LE(e.size, 24);
  b.writeUInt16LE(e.name.length, 28);
  b.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
  b.writeUInt32LE(e.offset, 42);
  return b;
}

function endRecord(count: number, size: number, offset: number): Buffer {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(0x06054b50, 0);
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(size, 12);
  b.writeUInt32LE(offset, 16);
  return b;
}

export function zipDirectory(dir: string, prefix: string): Buffer {
  const parts: Buffer[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  for (const file of listFiles(dir)) {
    const data = readFileSync(file);
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const entry: Entry = {
      name: Buffer.from(`${prefix}/${path.relative(dir, file).split(path.sep).join('/')}`, 'utf8'),
      crc: crc32(data) >>> 0,
      size: data.length,
      compressed: stored ? data : deflated,
      method: stored ? 0 : 8,
      offset,
      ...dosDateTime(statSync(file).mtime),
    };
    const header = localHeader(entry);
    parts.push(header, entry.name, entry.compressed);
    offset += header.length + entry.name.length + entry.compressed.length;
    entries.push(entry);
  }
  if (entries.length > 0xffff || offset > 0xffffffff) throw new Error('Demasiado grande para ZIP sin ZIP64. / Too large for ZIP without ZIP64.');
  const central = Buffer.concat(entries.flatMap((e) => [centralHeader(e), e.name]));
  return Buffer.concat([...parts, central, endRecord(entries.length, central.length, offset)]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    statSync(path.join(sourceDir, 'index.html'));
  } catch {
    console.error('[pack:offline] No existe build-offline/index.html: ejecuta antes `npm run build:offline`.');
    process.exit(1);
  }
  console.log('[pack:offline] Comprimiendo build-offline/…');
  const zip = zipDirectory(sourceDir, rootName);
  writeFileSync(zipPath, zip);
  console.log(`[pack:offline] Listo: ${path.relative(siteDir, zipPath)} (${(zip.length / 1024 / 1024).toFixed(1)} MiB).`);
  console.log(`[pack:offline] Descomprímelo y abre ${rootName}/index.html en el navegador.`);
}
