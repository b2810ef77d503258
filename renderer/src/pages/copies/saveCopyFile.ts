import { api } from '../../api/client';
import { bridge } from '../../api/bridge';

/**
 * Makes a copy's file (the copy page as Word, or the PDF to send) and hands it to the clerk: a save dialog in
 * the desktop app, a download in the browser. Returns the name saved under, or null when the clerk cancelled.
 */
export async function saveCopyFile(id: number, format: 'docx' | 'pdf'): Promise<string | null> {
  const file = await api('copies.page', { id, format });
  const b = bridge();
  if (b?.saveFile) {
    const result = await b.saveFile(file.fileName, file.contentBase64);
    return result.saved ? result.path ?? file.fileName : null;
  }
  const bin = atob(file.contentBase64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const type = format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return file.fileName;
}
