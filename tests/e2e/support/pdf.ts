import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The text layer of a PDF, through Debian's pdftotext (poppler-utils; .ci/run installs it), with
 * runs of white space (line and column breaks) read as one space.
 */
export function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'livcr-pdf-')), 'page.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The text of each page of a PDF (pdftotext ends each page with a form feed). */
export function pdfPages(pdf: Buffer): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'livcr-pdf-')), 'pages.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    .split('\f')
    .map((page) => page.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
