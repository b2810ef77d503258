import type { IncomingInput } from '../../../shared/schemas';
import { ACTIONS, HANDLING_UNITS, ISSUERS, type IssuerProfile, PARTY_TYPES, STATE_TYPES, SUBJECTS } from './vocabulary';

/** Small deterministic PRNG (mulberry32): the same seed gives the same register every time. */
export function createRng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const weighted = <T extends { weight: number }>(items: readonly T[]) => {
    const total = items.reduce((s, i) => s + i.weight, 0);
    let r = next() * total;
    for (const item of items) if ((r -= item.weight) < 0) return item;
    return items[items.length - 1];
  };
  return { next, int, pick, weighted };
}

export type Rng = ReturnType<typeof createRng>;

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY = 86_400_000;

/** Arrival dates spread over [from, to], in order, `count` of them (working days mostly). */
export function arrivalDates(rng: Rng, from: string, to: string, count: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const span = Date.parse(`${to}T00:00:00Z`) - start;
  const dates: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = start + Math.floor((span * (i + rng.next())) / count / DAY) * DAY;
    const weekday = new Date(t).getUTCDay();
    if (weekday === 0) t += DAY; else if (weekday === 6) t -= DAY;
    dates.push(iso(Math.max(start, Math.min(start + span, t))));
  }
  return dates.sort();
}

function symbolFor(rng: Rng, issuer: IssuerProfile, typeCode: string, year: number): string {
  const n = rng.int(1, issuer.system === 'party' ? 1800 : 3500);
  if (issuer.system === 'party') return `${n}-${typeCode}/${issuer.code}`;
  return typeCode ? `${n}/${typeCode}-${issuer.code}` : `${n}/${issuer.code}-VP`;
}

/** One plausible incoming entry arriving on `arrivalDate` (without book or number: assigned on insert). */
export function plausibleEntry(rng: Rng, arrivalDate: string): IncomingInput {
  const issuer = rng.weighted(ISSUERS);
  const type = issuer.system === 'party' ? rng.weighted(PARTY_TYPES) : rng.weighted(STATE_TYPES);
  const year = Number(arrivalDate.slice(0, 4));
  const documentDate = iso(Date.parse(`${arrivalDate}T00:00:00Z`) - rng.int(0, 6) * DAY);
  const action = rng.pick(ACTIONS[type.code] ?? ACTIONS['']);
  const subject = rng.pick(SUBJECTS);
  const forwarded = rng.next() < 0.85;
  const hasDue = rng.next() < 0.35;
  const secret = rng.next() < 0.03;
  const urgent = rng.next() < 0.08;
  const dueDate = hasDue ? iso(Date.parse(`${arrivalDate}T00:00:00Z`) + rng.int(5, 45) * DAY) : null;
  return {
    arrivalDate,
    receivedVia: rng.next() < 0.75 ? 'network' : 'paper',
    issuer: issuer.name,
    symbol: symbolFor(rng, issuer, type.code, year),
    documentDate: documentDate.slice(0, 4) === arrivalDate.slice(0, 4) ? documentDate : arrivalDate,
    typeCode: type.code,
    abstract: `${action} ${subject}`,
    secrecy: secret ? 'Mật' : '',
    urgency: urgent ? rng.pick(['Khẩn', 'Thượng khẩn', 'Hỏa tốc'] as const) : '',
    pages: rng.int(1, 24),
    copies: 1,
    handlingUnit: forwarded ? rng.pick(HANDLING_UNITS) : '',
    forwardedDate: forwarded ? arrivalDate : null,
    dueDate,
    resolvedDate: dueDate && rng.next() < 0.75 ? iso(Date.parse(`${dueDate}T00:00:00Z`) + rng.int(-4, 3) * DAY) : null,
    fileCode: rng.next() < 0.3 ? `${String(rng.int(1, 40)).padStart(2, '0')}.${year}` : '',
    notes: '',
  };
}
