import { Settings } from '../../../shared/schemas';
import type { Db } from '../db/openDatabase';

const DEFAULTS: Settings = {
  offlineMachine: false,
  superiorBody: 'TỈNH ỦY LẠNG SƠN',
  issuingBody: 'VĂN PHÒNG',
  issuerCode: 'VPTU',
  placeName: 'Lạng Sơn',
  signerAuthority: 'K/T CHÁNH VĂN PHÒNG',
  signerPosition: 'PHÓ CHÁNH VĂN PHÒNG',
  signerName: '',
  reviewRecipients: [
    'Ban Dân vận Trung ương (b/c)',
    'Thường trực Tỉnh ủy (b/c)',
    'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy',
    'Các ban đảng, đảng đoàn, ban cán sự đảng tỉnh',
    'Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
    'Lưu Văn phòng Tỉnh ủy',
  ],
  archiveLine: 'Lưu Văn phòng Tỉnh ủy',
  copyNumbering: 'year',
};

/** Office settings as key/value rows; unknown keys are ignored, missing ones take defaults. */
export function createSettingsService(db: Db) {
  const selectAll = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');

  function get(): Settings {
    const stored = Object.fromEntries(selectAll.all().map((r) => [r.key, JSON.parse(r.value)]));
    return Settings.parse({ ...DEFAULTS, ...pick(stored) });
  }

  function update(patch: Partial<Settings>): Settings {
    db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) if (value !== undefined) upsert.run(key, JSON.stringify(value));
    })();
    return get();
  }

  return { get, update };
}

function pick(stored: Record<string, unknown>): Partial<Settings> {
  return Object.fromEntries(Object.entries(stored).filter(([k]) => k in DEFAULTS)) as Partial<Settings>;
}

export type SettingsService = ReturnType<typeof createSettingsService>;
