import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF's pages and their text layer, read with pdfjs-dist (Mozilla's PDF reader): no system package. */
export async function readPdf(pdf: Buffer): Promise<{ pages: number; text: string; pageTexts: string[] }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 }).promise;
  const pageTexts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    // Chrome writes a line as several runs (a ligature such as "fi" is a run of its own): runs
    // that touch join as they are, a gap or a new line reads as a space, as pdftotext reads them.
    let text = '';
    let last: { x: number; y: number } | undefined;
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [, , , , x = 0, y = 0] = item.transform as number[];
      const gap = last ? Math.abs(y - last.y) > 1 || x - last.x > Math.max(1, item.height * 0.2) : false;
      text += `${gap ? ' ' : ''}${item.str}${item.hasEOL ? ' ' : ''}`;
      last = { x: x + item.width, y };
    }
    pageTexts.push(text.normalize('NFKC').replace(/\s+/g, ' ').trim());
  }
  await document.destroy();
  return { pages: document.numPages, text: pageTexts.join(' '), pageTexts };
}

/** The text layer of a PDF, as one string with runs of white space read as one space. */
export async function pdfText(pdf: Buffer): Promise<string> {
  return (await readPdf(pdf)).text;
}

/** The text of each page of a PDF, each with runs of white space read as one space. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  return (await readPdf(pdf)).pageTexts.filter(Boolean);
}
