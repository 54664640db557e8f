/** Saves a file the app made; nothing leaves the machine. */
export function download(fileName: string, content: Blob) {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const stamp = (asOf: string) => asOf || new Date().toISOString().slice(0, 10);
