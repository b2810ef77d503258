import type { Handlers } from './handlers';
import type { Services } from './services';
import { copyFile } from './services/copyFiles';

type CopyHandlers = Pick<Handlers, 'copies.forms' | 'copies.saveForm' | 'copies.preview' | 'copies.add' | 'copies.get' | 'copies.list' | 'copies.page' | 'copies.deliver'
  | 'copies.deliveries' | 'copies.cancel'>;

/** Copies (bản sao): files travel as base64 (a download in the browser, a save dialog in Electron). */
export function createCopyHandlers(s: Services): CopyHandlers {
  return {
    'copies.forms': () => s.copies.forms(),
    'copies.saveForm': (i) => s.copies.saveForm(i),
    'copies.preview': (i) => s.copies.preview(i),
    'copies.add': (i) => s.copies.add(i),
    'copies.get': ({ id }) => s.copies.get(id),
    'copies.list': (f) => s.copies.list(f),
    'copies.page': async ({ id, format }) => {
      const file = await copyFile(s, id, format);
      return { fileName: file.fileName, format: file.format, pages: file.pages, contentBase64: file.content.toString('base64') };
    },
    'copies.deliver': (i) => s.copies.deliver(i),
    'copies.deliveries': (f) => s.copies.deliveries(f),
    'copies.cancel': ({ id, reason }) => s.copies.cancel(id, reason),
  };
}
