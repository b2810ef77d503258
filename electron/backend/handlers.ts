import type { MethodName, MethodOutput } from '../../shared/contract';
import type { contract } from '../../shared/contract';
import { parseSymbol } from '../../shared/symbol';
import type { z } from 'zod';
import type { Services } from './services';
import { todayIso } from './services/clock';
import { createTaskHandlers } from './handlersTasks';
import { createReportHandlers } from './handlersReports';
import { createSafetyHandlers } from './handlersSafety';
import { createCopyHandlers } from './handlersCopies';
import { withHistory } from './handlersHistory';
import { createIntakeHandlers } from './handlersIntake';
import { createOutgoingHandlers } from './handlersOutgoing';
import { createImportHandlers } from './handlersImport';
import { directiveBySymbol } from './reportData/review';
import { textLayerOf, wholeTextOf } from './intake/fileText';

type ParsedInput<M extends MethodName> = z.output<(typeof contract)[M]['input']>;
export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>> };

/** Maps each API method onto the services; inputs arrive already validated by the dispatcher. */
export function createHandlers(s: Services, info: { version: string; dbPath: string; mode: string }): Handlers {
  // Changes go into the history and deletes into the trash (handlersHistory).
  return withHistory({
    'app.info': () => ({ ...info, today: todayIso() }),

    'books.list': () => s.books.list(),
    'books.create': (i) => s.books.create(i),

    'incoming.register': (i) => s.incoming.register(i),
    'incoming.update': ({ id, patch, confirmJump }) => s.incoming.update(id, patch, { confirmJump }),
    'incoming.get': ({ id }) => {
      const entry = s.incoming.get(id);
      return { entry, attachments: s.attachments.list(id), history: s.history.list(id, entry.createdAt), duplicates: s.incoming.duplicatesOf(entry) };
    },
    'incoming.list': (f) => s.query.list(f),
    'incoming.nextNumber': ({ bookId, arrivalDate }) => s.incoming.nextNumber(bookId, arrivalDate ?? todayIso()),
    'incoming.findDuplicates': (q) => s.incoming.findDuplicates(q),
    'incoming.suggest': ({ field, prefix, limit }) => s.known.suggest(field, prefix, limit),

    // A PDF's text layer or a Word file's text is kept with it (cheap to read), so the entry is found by its words.
    'attachments.add': async ({ entryId, fileName, contentBase64 }) => {
      const content = Buffer.from(contentBase64, 'base64');
      return s.attachments.add(entryId, fileName, content, await textLayerOf(fileName, content));
    },
    // A scan attached by hand is read by OCR only when asked (seconds a page): in the reading worker, with progress.
    'attachments.readText': async ({ id }) => {
      const { attachment, content } = s.attachments.read(id);
      return s.attachments.keepText(id, await wholeTextOf(attachment.fileName, content));
    },
    'attachments.withoutText': () => s.attachments.withoutText(),
    'attachments.remove': ({ id }) => s.attachments.remove(id),
    'attachments.read': ({ id }) => {
      const { attachment, content } = s.attachments.read(id);
      return { attachment, contentBase64: content.toString('base64') };
    },

    'incoming.findBySymbol': ({ symbol }) => directiveBySymbol(s, symbol),
    'symbol.parse': ({ text }) => parseSymbol(text, s.typeCodes.vocabulary()),
    'typeCodes.list': () => s.typeCodes.list(),
    'typeCodes.save': (i) => s.typeCodes.save(i),

    'settings.get': () => s.settings.get(),
    'settings.update': (patch) => s.settings.update(patch),

    ...createTaskHandlers(s),
    ...createReportHandlers(s),
    ...createSafetyHandlers(s),
    ...createIntakeHandlers(s),
    ...createImportHandlers(s),
    ...createCopyHandlers(s),
    ...createOutgoingHandlers(s),
  }, s);
}
