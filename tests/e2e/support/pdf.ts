import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF's pages and their text layer, read with pdfjs-dist (Mozilla's PDF reader): no system package. */
export async function readPdf(pdf: Buffer): Promise<{ pages: number; text: string; pageTexts: string[] }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 }).promise;
  const pageTexts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    // Runs of white space (line and column breaks) read as one space.
    const text = content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : '')).join(' ');
    pageTexts.push(text.replace(/\s+/g, ' ').trim());
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
