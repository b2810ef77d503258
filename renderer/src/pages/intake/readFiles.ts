// Files the clerk drops or picks, read in the page as base64 for the API (nothing leaves the machine).
import type { MethodOutput } from '../../../../shared/contract';
import { isReceivedFileName, RECEIVED_EXTENSIONS } from '../../../../shared/receivedFileName';

export type Reading = MethodOutput<'intake.read'>;

/** One dropped file and what became of it: being read, read (a proposal), or refused. */
export interface Proposal {
  key: string;
  fileName: string;
  contentBase64: string;
  reading: Reading | null;
  error: string | null;
}

/** What the drop zone and the picker accept: received documents as PDF or Word, and scans (OCR). */
export const ACCEPTED = RECEIVED_EXTENSIONS;

export const isAccepted = (file: File): boolean => isReceivedFileName(file.name);

export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`Không đọc được tệp "${file.name}".`));
    reader.readAsDataURL(file);
  });
}
