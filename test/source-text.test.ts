import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { decodeSource, readSourceBytes } from '../src/engine/source-text.js';

// Each case is one way the decoded text could differ from what TextDecoder makes of the bytes.
const CASES: Record<string, Buffer> = {
  ascii: Buffer.from('import os\nprint(os.getcwd())\n'),
  'multi-byte': Buffer.from('café = "空白" # ✓ 😀\n'),
  'UTF-8 BOM': Buffer.from('\ufeffimport os\n'),
  'two BOMs': Buffer.from('\ufeff\ufeffimport os\n'),
  'UTF-16 LE': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('import os\r\n', 'utf16le')]),
  'UTF-16 LE, no NUL byte': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('空白', 'utf16le')]),
  'UTF-16 BE': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('import os\n', 'utf16le').swap16()]),
  'NUL at the start': Buffer.from('import os\n\0\0binary\n'),
  'NUL after 8 KiB': Buffer.concat([Buffer.from(`x = 1\n${'#'.repeat(9000)}\n`), Buffer.from([0]), Buffer.from('\n')]),
  'Latin-1 bytes': Buffer.from('caf\xe9 = "\xff"\n', 'latin1'),
  'truncated sequence': Buffer.from([0x61, 0xe2, 0x82, 0x0a]),
  'overlong NUL': Buffer.from([0x61, 0xc0, 0x80, 0x0a]),
  'encoded surrogate': Buffer.from([0x61, 0xed, 0xa0, 0x80, 0x0a]),
  'a real U+FFFD': Buffer.from('replacement = "\ufffd"\n'),
  empty: Buffer.alloc(0),
};

test('decodeSource reads UTF-8 as TextDecoder does, ASCII or not', () => {
  const utf8 = new TextDecoder('utf-8', { fatal: false });
  for (const [name, bytes] of Object.entries(CASES)) {
    if (name.startsWith('UTF-16') || name === 'NUL at the start') continue;
    assert.equal(decodeSource(bytes), utf8.decode(bytes), name);
  }
});

test('readSourceBytes gives each file its bytes, and a file it cannot read its error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'agent-harden-source-text-'));
  try {
    const paths = Object.entries(CASES).map(([name, bytes]) => {
      const path = join(dir, `${name}.py`);
      writeFileSync(path, bytes);
      return path;
    });
    const reads = readSourceBytes([...paths, join(dir, 'gone.py')]);
    paths.forEach((path, index) => assert.deepEqual(reads[index], { bytes: readFileSync(path) }, path));
    const gone = reads[paths.length];
    assert.ok('error' in gone);
    assert.equal(gone.error.code, 'ENOENT');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('decodeSource drops a byte-order mark, reads UTF-16 and calls a NUL in the first 8 KiB binary', () => {
  assert.equal(decodeSource(CASES['UTF-8 BOM']), 'import os\n');
  assert.equal(decodeSource(CASES['UTF-16 LE']), 'import os\r\n');
  assert.equal(decodeSource(CASES['UTF-16 BE']), 'import os\n');
  assert.equal(decodeSource(CASES['NUL at the start']), undefined);
  assert.equal(decodeSource(CASES['NUL after 8 KiB'])?.endsWith('\0\n'), true);
});
