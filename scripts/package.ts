/**
 * `npm run package`: store zips from a clean build, versioned from package.json, into dist/packages/:
 * the Chrome Web Store zip, the Firefox Add-ons zip, and the sources zip AMO asks for (every file
 * git tracks, with the README's build instructions).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const ROOT = resolve(import.meta.dirname, '..');

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const OUT = join(ROOT, 'dist', 'packages');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function zip(files: string[], base: string, name: string): void {
  const entries: Zippable = {};
  // Sorted, with a fixed date, so the same sources give the same zip.
  for (const file of [...files].sort()) {
    entries[relative(base, file).split('\\').join('/')] = [
      readFileSync(file),
      { mtime: new Date('2026-01-01T00:00:00Z') },
    ];
  }
  const path = join(OUT, name);
  writeFileSync(path, zipSync(entries, { level: 9 }));
  console.log(`${relative(ROOT, path)}  ${(statSync(path).size / 1024).toFixed(1)} KB, ${files.length} files`);
}

mkdirSync(OUT, { recursive: true });
for (const target of ['chrome', 'firefox'] as const) {
  const dir = join(ROOT, 'dist', target);
  zip(filesUnder(dir), dir, `${pkg.name}-${target}-${pkg.version}.zip`);
}
const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f !== '')
  .map((f) => join(ROOT, f));
zip(tracked, ROOT, `${pkg.name}-sources-${pkg.version}.zip`);
