/** One source's texts in a language other than English; its attribution only where it is a sentence. */
export interface SourceText {
  title: string;
  vintage: string;
  licence: string;
  attribution?: string;
}
/** By source id (src/domain/attribution.ts); a unit test checks that every source is there. */
export type SourceTexts = Record<string, SourceText>;
