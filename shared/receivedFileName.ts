// Which files are received documents the app reads: PDF, Word (.docx) and scans (PNG, JPEG, TIFF). The same
// rule for files dropped on the register and for files found in the watched folder.

/** For a file picker's `accept`. */
export const RECEIVED_EXTENSIONS = '.pdf,.docx,.png,.jpg,.jpeg,.tif,.tiff';

const RECEIVED_NAME = /\.(pdf|docx|png|jpe?g|tiff?)$/i;

/** A received document by its name: not a lock file ("~$x.docx" of a file open in Word) nor a hidden one. */
export function isReceivedFileName(name: string): boolean {
  return RECEIVED_NAME.test(name) && !name.startsWith('~$') && !name.startsWith('.');
}

/** How deep the watched folder is looked into: a client that files by year and month ("2026/12/x.pdf"). */
export const MAX_SUBFOLDER_DEPTH = 2;

/**
 * A received document's place inside the watched folder, as the watcher names it: its folders and its name
 * joined by "/", each a plain visible name (no "..", no drive, no hidden folder), at most MAX_SUBFOLDER_DEPTH
 * folders deep.
 */
export function isReceivedFilePath(relative: string): boolean {
  const parts = relative.split('/');
  const name = parts.pop()!;
  return parts.length <= MAX_SUBFOLDER_DEPTH && isReceivedFileName(name) && isPlainName(name)
    && parts.every((folder) => isPlainName(folder) && !folder.startsWith('.'));
}

const isPlainName = (part: string) => part !== '' && part !== '.' && part !== '..' && !/[\\:]/.test(part);
