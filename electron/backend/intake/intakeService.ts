// Getting a received file into the register: read its fields, and register the entry the clerk
// confirmed with the file attached — both or neither (one transaction; a refused attachment, such
// as a secret document's file on a networked machine, leaves no entry behind).
import type { z } from 'zod';
import type { IncomingInput } from '../../../shared/schemas';
import type { Db } from '../db/openDatabase';
import type { AttachmentService } from '../services/attachments';
import type { IncomingService } from '../services/incoming';
import type { TypeCodeService } from '../services/typeCodes';
import { readReceivedFile, type ReceivedReading } from './readReceived';

export interface IntakeDeps { db: Db; incoming: IncomingService; attachments: AttachmentService; typeCodes: TypeCodeService }

type ConfirmedEntry = z.output<typeof IncomingInput> & { confirmJump?: boolean };

export function createIntakeService(deps: IntakeDeps) {
  function read(fileName: string, content: Buffer): Promise<ReceivedReading> {
    return readReceivedFile(fileName, content, deps.typeCodes.vocabulary());
  }

  function register(fileName: string, content: Buffer, entry: ConfirmedEntry) {
    return deps.db.transaction(() => {
      const registered = deps.incoming.register(entry);
      const attachment = deps.attachments.add(registered.entry.id, fileName, content);
      // Read back: the entry now counts its attachment.
      return { ...registered, entry: deps.incoming.get(registered.entry.id), attachment };
    }).immediate();
  }

  return { read, register };
}

export type IntakeService = ReturnType<typeof createIntakeService>;
