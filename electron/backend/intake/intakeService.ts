// Getting a received file into the register: read its fields, and register the entry the clerk
// confirmed with the file attached — both or neither (one transaction; a refused attachment, such
// as a secret document's file on a networked machine, leaves no entry behind). A PDF then gets its
// arrival stamp: the stamped copy is attached beside the untouched original.
import crypto from 'node:crypto';
import type { z } from 'zod';
import type { Attachment, IncomingInput } from '../../../shared/schemas';
import type { Db } from '../db/openDatabase';
import { stampEntryPdf } from '../pdf/stampEntry';
import { KEPT_TEXT_MAX_CHARS, type AttachmentService, type FileText } from '../services/attachments';
import type { History } from '../services/history';
import type { IncomingService } from '../services/incoming';
import type { TypeCodeService } from '../services/typeCodes';
import { fileTextOf, textLayerOf } from './fileText';
import { readingOf, readReceivedText, type ReceivedReading } from './readReceived';
import { createReadTexts } from './readTexts';
import { createReceivedFiles } from './receivedFiles';

export interface IntakeDeps { db: Db; incoming: IncomingService; attachments: AttachmentService; typeCodes: TypeCodeService; history: History }

export type ConfirmedEntry = z.output<typeof IncomingInput> & { confirmJump?: boolean };

export function createIntakeService(deps: IntakeDeps) {
  const received = createReceivedFiles(deps.db);

  const texts = createReadTexts(deps.db);
  const shaOf = (content: Buffer) => crypto.createHash('sha256').update(content).digest('hex');

  async function read(fileName: string, content: Buffer): Promise<ReceivedReading> {
    const text = await readReceivedText(fileName, content);
    const kept = fileTextOf(text);
    texts.remember(shaOf(content), { ...kept, text: kept.text.slice(0, KEPT_TEXT_MAX_CHARS) });
    return readingOf(text, deps.typeCodes.vocabulary());
  }

  /** The file's text for its attachment: as read just before, else read now; none when it cannot be read. */
  async function textFor(fileName: string, content: Buffer): Promise<FileText | null> {
    const sha256 = shaOf(content);
    const known = texts.recall(sha256);
    // A scan's OCR text and a Word file's text are whole as read. A text PDF was read on its first and last
    // pages only (the fields): keep its whole text, which costs milliseconds a page.
    if (known && (known.source === 'ocr' || !isPdf(content))) return known;
    const whole = await textLayerOf(fileName, content);
    if (whole) return whole;
    return known ?? readReceivedText(fileName, content).then(fileTextOf, () => null);
  }

  function registerWithFile(fileName: string, content: Buffer, entry: ConfirmedEntry, text: FileText | null) {
    const sha256 = shaOf(content);
    return deps.db.transaction(() => {
      const registered = deps.incoming.register(entry);
      const attachment = deps.attachments.add(registered.entry.id, fileName, content, text);
      // The same file waiting in the watched folder is registered now: it is not proposed again.
      const waiting = received.getBySha(sha256);
      if (waiting?.state === 'proposed') {
        received.decide(waiting.id, 'registered', registered.entry.id, deps.history.actor());
        deps.history.recordFor('receivedFile', waiting.id, 'update', `Tệp nhận: ${waiting.file_name}`,
          { state: { from: 'Đề xuất', to: `Vào sổ số đến ${registered.entry.arrivalNumber}` } });
      }
      return { ...registered, attachment };
    }).immediate();
  }

  /** Registers the entry with its file; a PDF also gets the arrival stamp, attached beside the original. */
  async function register(fileName: string, content: Buffer, entry: ConfirmedEntry) {
    const registered = registerWithFile(fileName, content, entry, await textFor(fileName, content));
    texts.forget(registered.attachment.sha256);
    const warnings = [...registered.warnings];
    let stamped: Attachment | null = null;
    if (isPdf(content)) {
      try {
        stamped = (await stampEntryPdf(deps, registered.entry.id, { attach: true })).attachment;
      } catch (err) {
        // The entry and its original stand; the stamp can be made later from the entry ("Đóng dấu đến").
        warnings.push(`Đã vào sổ nhưng chưa đóng được dấu đến lên tệp: ${(err as Error).message}`);
      }
    }
    // Read back: the entry now counts its attachments.
    return { entry: deps.incoming.get(registered.entry.id), warnings, attachment: registered.attachment, stamped };
  }

  return { read, register, received };
}

/** A PDF by its first bytes, whatever its name says. */
const isPdf = (content: Buffer) => content.subarray(0, 5).toString('latin1') === '%PDF-';

export type IntakeService = ReturnType<typeof createIntakeService>;
