import { App } from 'antd';
import { useCallback } from 'react';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { saveBase64 } from '../reports/files';

export type CopyFileFormat = 'docx' | 'pdf';

/**
 * Makes a copy's file (the copy page as Word, or the PDF to send) and hands it to the clerk: a save dialog in
 * the desktop app, a download in the browser. Returns the name saved under, or null when the clerk cancelled.
 */
export async function saveCopyFile(id: number, format: CopyFileFormat): Promise<string | null> {
  const file = await api('copies.page', { id, format });
  const outcome = await saveBase64(file.fileName, file.contentBase64);
  return outcome.saved ? outcome.path ?? file.fileName : null;
}

/** saveCopyFile for a button: says where the file went, or what went wrong, in Vietnamese. */
export function useCopyDownload(): (id: number, format: CopyFileFormat) => Promise<void> {
  const { message } = App.useApp();
  return useCallback(async (id, format) => {
    try {
      const name = await saveCopyFile(id, format);
      if (name) message.success(`Đã tải: ${name}`);
    } catch (err) {
      message.error(errorMessage(err));
    }
  }, [message]);
}
