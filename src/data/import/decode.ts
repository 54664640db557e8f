/** Bytes → text, with the encodings Excel writes: UTF-8 (with or without BOM), UTF-16 and Windows-1252. */

export const MAX_FILE_BYTES = 40_000_000;

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeFailure = 'empty' | 'too_large' | 'binary' | 'spreadsheet';
export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; failure: DecodeFailure; params?: { size: string; limit: string } };

const mb = (n: number) => (n / 1e6).toFixed(1);
/** The sizes the too_large message names. */
export const tooLarge = (size: number) => ({ size: mb(size), limit: mb(MAX_FILE_BYTES) });

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, failure: 'empty' };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, failure: 'too_large', params: tooLarge(bytes.length) };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    return { ok: false, failure: 'spreadsheet' };
  }
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    return {
      ok: true,
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8-bom',
    };
  }
  if (startsWith(bytes, 0xff, 0xfe))
    return {
      ok: true,
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
    };
  if (startsWith(bytes, 0xfe, 0xff))
    return {
      ok: true,
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
    };
  const head = bytes.subarray(0, 65_536);
  let control = 0;
  for (const b of head) if (b === 0 || (b < 9 && b !== 0)) control++;
  if (control > 0) return { ok: false, failure: 'binary' };
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    // Not valid UTF-8: Excel on Windows writes "CSV" in the ANSI code page, Windows-1252 here.
    return {
      ok: true,
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
    };
  }
}
