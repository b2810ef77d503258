import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/contract';
import type { Settings } from '../../../shared/schemas';
import { api } from '../api/client';
import { errorMessage } from '../lib/errors';

type AppInfo = MethodOutput<'app.info'>;

interface OfficeState {
  settings: Settings | null;
  info: AppInfo | null;
  /** Why the settings could not be loaded (backend not running…). */
  error: string | null;
  /** Replaces the settings everyone sees (after the settings page saved them). */
  setSettings(settings: Settings): void;
  reload(): Promise<void>;
}

const OfficeContext = createContext<OfficeState | null>(null);

/** The office identity and app information, loaded once and shared by the header and the pages. */
export function OfficeProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [s, i] = await Promise.all([api('settings.get', {}), api('app.info', {})]);
      setSettings(s);
      setInfo(i);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return <OfficeContext.Provider value={{ settings, info, error, setSettings, reload }}>{children}</OfficeContext.Provider>;
}

export function useOffice(): OfficeState {
  const state = useContext(OfficeContext);
  if (!state) throw new Error('useOffice outside OfficeProvider');
  return state;
}

/** "VĂN PHÒNG TỈNH ỦY LẠNG SƠN"-style name of the office for the header. */
export function officeName(settings: Settings | null): string {
  if (!settings) return '';
  return [settings.issuingBody, settings.superiorBody].filter(Boolean).join(' · ');
}
