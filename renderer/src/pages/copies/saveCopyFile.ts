import { api } from '../../api/client';
import { saveBase64 } from '../reports/files';

/**
 * Makes a copy's file (the copy page as Word, or the PDF to send) and hands it to the clerk: a save dialog in
 * the desktop app, a download in the browser. Returns the name saved under, or null when the clerk cancelled.
 */
export async function saveCopyFile(id: number, format: 'docx' | 'pdf'): Promise<string | null> {
  const file = await api('copies.page', { id, format });
  const outcome = await saveBase64(file.fileName, file.contentBase64);
  return outcome.saved ? outcome.path ?? file.fileName : null;
}
