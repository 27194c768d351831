import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { consoleSafe, reviewerText } from '../../src/shared/text-safety.ts';
import { noteText } from '../../src/server/validate.ts';
import { makeWorkspace, textPdf, REPO_ROOT } from '../helpers/workspace.ts';

/** Any control character (but tab and line feed) or bidi control a terminal would act on. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('console lines', () => {
  it('shows escape sequences, carriage returns and bidi overrides as visible text', () => {
    expect(consoleSafe('a\u001b[2Jb')).toBe('a\\x1B[2Jb');
    expect(consoleSafe('tersimpan\rpalsu')).toBe('tersimpan\\x0Dpalsu');
    expect(consoleSafe('SK\u202Efdp.exe')).toBe('SK\\u202Efdp.exe');
    expect(consoleSafe('baris 1\n\tbaris 2')).toBe('baris 1\n\tbaris 2');
    expect(consoleSafe('\u009b31m')).toBe('\\x9B31m');
  });

  it('eviden scan never writes a file name\'s escape sequence to the terminal raw', async () => {
    const ws = makeWorkspace();
    try {
      const name = 'laporan\u001b]0;diretas\u0007\u001b[2J\u202E.pdf';
      mkdirSync(path.join(ws.watch, 'BagianHukum'));
      writeFileSync(path.join(ws.watch, 'BagianHukum', name), '%PDF-1.7 rusak');
      writeFileSync(path.join(ws.watch, 'BagianHukum', 'baik.pdf'), await textPdf([['LAPORAN']]));
      const out = execFileSync(process.execPath, [path.join(REPO_ROOT, 'bin/eviden.js'), '--workspace', ws.root, 'scan'], {
        encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(out).toContain('laporan\\x1B]0;diretas\\x07\\x1B[2J\\u202E.pdf');
      expect(out).not.toMatch(RAW_CONTROL);
    } finally {
      ws.cleanup();
    }
  });
});

describe('reviewer input', () => {
  it('drops bidi controls and turns other control characters into spaces', () => {
    expect(reviewerText('ok\u202Eexe.pdf\u202C')).toBe('okexe.pdf');
    expect(reviewerText('a\u2066b\u2069c\u200Fd')).toBe('abcd');
    expect(reviewerText('satu\r\ndua\u0007', { multiline: true })).toBe('satu\ndua ');
    expect(noteText('  sesuai SK\u202E gpj.exe \n')).toBe('sesuai SK gpj.exe');
  });
});
