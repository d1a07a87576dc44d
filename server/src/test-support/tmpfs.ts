import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A real small filesystem (tmpfs, as root) for disk-full and read-only tests; `remove` unmounts it. */
export function mountTmpfs(size: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'torre-fs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  return {
    dir,
    readOnly: () => execFileSync('mount', ['-o', 'remount,ro', dir]),
    remove() {
      execFileSync('umount', [dir]);
      fs.rmdirSync(dir);
    },
  };
}
export type Tmpfs = ReturnType<typeof mountTmpfs>;

/** Fills the filesystem holding `dir` to the last 512 bytes with one file, whose path it returns. */
export function fillUp(dir: string): string {
  const file = path.join(dir, 'filler');
  const fd = fs.openSync(file, 'w');
  try {
    for (let chunk = 1 << 20; chunk >= 512; ) {
      try {
        fs.writeSync(fd, Buffer.alloc(chunk));
      } catch {
        chunk >>= 1;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return file;
}
