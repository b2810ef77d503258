import type { Handlers } from './handlers';
import type { Services } from './services';
import { createIntakeService } from './intake/intakeService';
import { createWatchedFolder } from './intake/watchedFolder';
import { stampEntryPdf, stampLabel } from './pdf/stampEntry';

type IntakeHandlers = Pick<Handlers,
  | 'intake.read' | 'intake.register' | 'incoming.stamp' | 'incoming.stampLabel'
  | 'intake.folder' | 'intake.setFolder' | 'intake.offer' | 'intake.proposed' | 'intake.readProposed'
  | 'intake.registerProposed' | 'intake.dismissProposed'>;

/** Reading a received file and registering it with the file attached; the watched folder (issue 10). */
export function createIntakeHandlers(s: Services): IntakeHandlers {
  const intake = createIntakeService(s);
  const watched = createWatchedFolder(s, intake);
  return {
    'intake.read': ({ fileName, contentBase64 }) => intake.read(fileName, Buffer.from(contentBase64, 'base64')),
    'intake.register': ({ fileName, contentBase64, entry }) => intake.register(fileName, Buffer.from(contentBase64, 'base64'), entry),
    'incoming.stamp': async ({ id, attach }) => {
      const stamped = await stampEntryPdf(s, id, { attach });
      return { fileName: stamped.fileName, pages: stamped.pages, contentBase64: stamped.content.toString('base64'), attachment: stamped.attachment };
    },
    'incoming.stampLabel': async ({ id }) => {
      const label = await stampLabel(s, id);
      return { fileName: label.fileName, contentBase64: label.content.toString('base64') };
    },
    'intake.folder': () => ({ folder: watched.folder(), proposed: intake.received.countProposed() }),
    'intake.setFolder': ({ folder }) => watched.setFolder(folder),
    'intake.offer': ({ fileName }) => watched.offer(fileName),
    'intake.proposed': ({ limit }) => watched.proposed(limit),
    'intake.readProposed': ({ id }) => watched.readProposed(id),
    'intake.registerProposed': ({ id, entry }) => watched.registerProposed(id, entry),
    'intake.dismissProposed': ({ ids }) => watched.dismiss(ids),
  };
}
