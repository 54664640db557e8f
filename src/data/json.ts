/** A JSON file's bytes, parsed (UTF-8, as the data files are written). */
export const parseJson = <T>(bytes: ArrayBuffer): T => JSON.parse(new TextDecoder().decode(bytes)) as T;
