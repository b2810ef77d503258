import type { Handlers } from './handlers';
import { placeholdersFor } from './reports';
import type { Services } from './services';

type ReportHandlers = Pick<Handlers, 'reports.generate' | 'reports.draftGet' | 'reports.draftSave' | 'reports.reviewSections' | 'templates.list' | 'templates.placeholders' | 'templates.check' | 'templates.import' | 'templates.read' | 'templates.delete'>;

/** Report and template methods: generated files travel as base64 (a download in the browser, a save dialog in Electron). */
export function createReportHandlers(s: Services): ReportHandlers {
  return {
    'reports.generate': async (r) => {
      const g = await s.reports.generate(r);
      return { fileName: g.fileName, format: g.format, summary: g.summary, placeholders: g.placeholders, contentBase64: g.content.toString('base64') };
    },
    'reports.draftGet': ({ directiveId, milestone }) => {
      s.incoming.get(directiveId);
      return s.reportDrafts.get(directiveId, milestone);
    },
    'reports.draftSave': ({ directiveId, milestone, texts }) => {
      s.incoming.get(directiveId);
      return s.reportDrafts.save(directiveId, milestone, texts);
    },
    'reports.reviewSections': ({ directiveId, milestone }) => {
      s.incoming.get(directiveId);
      return s.reportDrafts.sections(directiveId, milestone);
    },
    'templates.list': () => s.templates.list(),
    'templates.placeholders': ({ report, format }) => placeholdersFor(report, format),
    'templates.check': ({ id }) => s.templates.check(id),
    'templates.import': ({ report, name, fileName, contentBase64 }) =>
      s.templates.import({ report, name, fileName, content: Buffer.from(contentBase64, 'base64') }),
    'templates.read': async ({ id }) => {
      const { template, fileName, content } = await s.templates.read(id);
      return { template, fileName, contentBase64: content.toString('base64') };
    },
    'templates.delete': ({ id }) => s.templates.delete(id),
  };
}
