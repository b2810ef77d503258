// Which files are received documents the app reads: PDF, Word (.docx) and scans (PNG, JPEG, TIFF). The same
// rule for files dropped on the register and for files found in the watched folder.

/** For a file picker's `accept`. */
export const RECEIVED_EXTENSIONS = '.pdf,.docx,.png,.jpg,.jpeg,.tif,.tiff';

const RECEIVED_NAME = /\.(pdf|docx|png|jpe?g|tiff?)$/i;

/** A received document by its name: not a lock file ("~$x.docx" of a file open in Word) nor a hidden one. */
export function isReceivedFileName(name: string): boolean {
  return RECEIVED_NAME.test(name) && !name.startsWith('~$') && !name.startsWith('.');
}
