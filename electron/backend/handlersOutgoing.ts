import type { Handlers } from './handlers';
import type { Services } from './services';

type OutgoingHandlers = Pick<Handlers, 'terms.list' | 'terms.add' | 'numbering.get' | 'numbering.set' | 'outgoing.preview' | 'outgoing.add'
  | 'outgoing.complete' | 'outgoing.update' | 'outgoing.void' | 'outgoing.get' | 'outgoing.list'>;

/** The outgoing register (sổ văn bản đi), its terms and numbering rule. */
export function createOutgoingHandlers(s: Services): OutgoingHandlers {
  return {
    'terms.list': () => s.outgoing.terms(),
    'terms.add': (i) => s.outgoing.addTerm(i),
    'numbering.get': () => s.outgoing.rule(),
    'numbering.set': (i) => s.outgoing.setRule(i),
    'outgoing.preview': (i) => s.outgoing.preview(i),
    'outgoing.add': (i) => s.outgoing.add(i),
    'outgoing.complete': (i) => s.outgoing.complete(i),
    'outgoing.update': (i) => s.outgoing.update(i),
    'outgoing.void': ({ id, reason }) => s.outgoing.void(id, reason),
    'outgoing.get': ({ id }) => s.outgoing.get(id),
    'outgoing.list': (f) => s.outgoing.list(f),
  };
}
