import type { Db } from './db/openDatabase';
import { createAttachmentService } from './services/attachments';
import { createBookService } from './services/books';
import { createHistory } from './services/history';
import { createIncomingService } from './services/incoming';
import { createIncomingQuery } from './services/incomingQuery';
import { createKnownValues } from './services/knownValues';
import { createSettingsService } from './services/settings';
import { createTypeCodeService } from './services/typeCodes';
import { createFollowUpService } from './services/followUp';
import { createRoundService } from './services/rounds';
import { createTaskExtractService } from './services/taskExtract';
import { createTaskQuery } from './services/taskQuery';
import { createTaskService } from './services/tasks';
import { createUnitService } from './services/units';
import { createReportDrafts } from './services/reportDrafts';
import { createReportService } from './services/reports';
import { createTemplateService } from './services/templates';
import { createBackupService } from './services/backups';
import { createCancelService } from './services/incomingCancel';
import { createTrashService } from './services/trash';
import { createCopyService } from './services/copies';
import { createCopyStore } from './stores/copyStore';
import { createOutgoingService } from './services/outgoing';
import { createOutgoingStore } from './stores/outgoingStore';
import { createIncomingStore } from './stores/incomingStore';
import { createFollowUpStore } from './stores/followUpStore';
import { directiveBySymbol } from './reportData/review';

/** Wires the services over one database connection. */
function createCoreServices(db: Db, dataDir: string, templatesDir: string | undefined) {
  const typeCodes = createTypeCodeService(db);
  typeCodes.seedDefaults();
  const incomingStore = createIncomingStore(db, typeCodes.nameOf);
  const books = createBookService(db, incomingStore);
  const history = createHistory(db, incomingStore);
  const known = createKnownValues(db);
  const settings = createSettingsService(db);
  const incoming = createIncomingService(incomingStore, { books, history, known, typeCodes });
  const query = createIncomingQuery(db, typeCodes.nameOf);
  const attachments = createAttachmentService(db, dataDir, { incoming, store: incomingStore, settings, history });
  const units = createUnitService(db, { known });
  units.seedDefaults();
  const followUpStore = createFollowUpStore(db);
  const taskQuery = createTaskQuery(followUpStore);
  const tasks = createTaskService(db, { units, query: taskQuery, entries: incomingStore });
  const taskExtract = createTaskExtractService({ units });
  const followUp = createFollowUpService(db, { query: taskQuery });
  const rounds = createRoundService(db, { units, query, store: followUpStore, entries: incomingStore });
  const templates = createTemplateService(db, dataDir, templatesDir);
  const reportDrafts = createReportDrafts(db);
  const outgoing = createOutgoingService(createOutgoingStore(db), { settings, typeName: typeCodes.nameOf, history });
  const copies = createCopyService(createCopyStore(db), {
    incoming, outgoing, history, attachments, settings, units, findBySymbol: (symbol) => directiveBySymbol({ query }, symbol),
  });
  return {
    outgoing, incomingStore, db, books, history, known, typeCodes, settings, incoming, query, attachments,
    units, taskQuery, tasks, taskExtract, followUp, rounds, templates, reportDrafts, copies,
  };
}

/** What the report layer reads from: every service but the reports themselves. */
export type CoreServices = ReturnType<typeof createCoreServices>;

export function createServices(db: Db, dataDir: string, templatesDir?: string) {
  const core = createCoreServices(db, dataDir, templatesDir);
  const trash = createTrashService(db, dataDir, { history: core.history, afterRestore: (kind, id) => {
    core.units.forget();
    if (kind === 'attachment') core.attachments.restored(id);
  } });
  const cancel = createCancelService(core.incomingStore, core);
  return { ...core, reports: createReportService(core), backups: createBackupService(db, dataDir), trash, cancel };
}

export type Services = ReturnType<typeof createServices>;
