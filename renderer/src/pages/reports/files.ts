import { bridge } from '../../api/bridge';

// Files that travel as base64 over the API: decode for the preview, encode an upload, save a result.

const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A file the user picked, as base64 (without the data: prefix). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`Không đọc được tệp ${file.name}.`));
    reader.readAsDataURL(file);
  });
}

export function mimeOf(fileName: string): string {
  return MIME[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

export interface SaveOutcome {
  /** False when the user cancelled the save dialog. */
  saved: boolean;
  /** Where it was written (Electron only: a browser download has no path the page may know). */
  path?: string;
}

/** True inside Electron, where files are written through a save dialog and the folder can be opened. */
export const canChooseFolder = (): boolean => Boolean(bridge()?.saveFile);

/**
 * Saves a generated file: in Electron through the save dialog of the main process; in a browser as a
 * download under the suggested name.
 */
export async function saveBase64(fileName: string, base64: string): Promise<SaveOutcome> {
  const b = bridge();
  if (b?.saveFile) return b.saveFile(fileName, base64);
  const blob = new Blob([base64ToBytes(base64)], { type: mimeOf(fileName) });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true };
}

export async function openFolder(filePath: string): Promise<void> {
  await bridge()?.openFolder?.(filePath);
}
