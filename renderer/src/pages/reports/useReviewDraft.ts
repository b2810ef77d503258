import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { EMPTY_TEXTS, type ReviewTexts } from './ReviewTextsEditor';

export type ReviewSection = MethodOutput<'reports.reviewSections'>[number];

/** The texts of one directive's report at one milestone. */
export interface DraftKey { directiveId: number; milestone: string }
const sameKey = (a: DraftKey | null, b: DraftKey | null) => a?.directiveId === b?.directiveId && a?.milestone === b?.milestone;

/**
 * The specialist's texts of a sơ kết / tổng kết report, loaded with reports.draftGet for the directive and
 * milestone, and saved with reports.draftSave; the parts to write (key, label, hint) come from
 * reports.reviewSections, the backend's list of what the report prints. Texts still unsaved when the
 * directive or milestone changes are saved under the report they were written for; `version` grows
 * with every save, so a preview made before a save is known to be out of date.
 */
export function useReviewDraft(key: DraftKey | null) {
  const [texts, setTextsState] = useState<ReviewTexts>(EMPTY_TEXTS);
  const [savedTexts, setSavedTexts] = useState<ReviewTexts>(EMPTY_TEXTS);
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [sections, setSections] = useState<ReviewSection[]>([]);
  /** The report whose texts are on screen (set once they are loaded). */
  const loadedKey = useRef<DraftKey | null>(null);
  const [shownKey, setShownKey] = useState<DraftKey | null>(null);
  const loadSeq = useRef(0);
  const versionRef = useRef(0);
  const latest = useRef({ texts, savedTexts });
  latest.current = { texts, savedTexts };

  const dirty = JSON.stringify(texts) !== JSON.stringify(savedTexts);

  const saveAs = useCallback(async (k: DraftKey, t: ReviewTexts) => {
    await api('reports.draftSave', { ...k, texts: t });
  }, []);

  // Another directive loads at once; a milestone being typed waits for a pause, not every letter.
  const [wantedKey, setWantedKey] = useState(key);
  const keyString = JSON.stringify(key);
  useEffect(() => {
    const timer = setTimeout(() => setWantedKey(key), key?.directiveId === wantedKey?.directiveId ? 500 : 0);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keyString]);

  useEffect(() => {
    const next = wantedKey;
    if (sameKey(loadedKey.current, next)) return;
    const seq = ++loadSeq.current;
    void (async () => {
      // Texts still unsaved belong to the report they were written for.
      const prev = loadedKey.current;
      const { texts: current, savedTexts: saved } = latest.current;
      if (prev && JSON.stringify(current) !== JSON.stringify(saved)) {
        try {
          await saveAs(prev, current);
          setSavedTexts(current);
        } catch (err) {
          setError(`Chưa lưu được nội dung đang viết cho báo cáo trước: ${errorMessage(err)}`);
          return;
        }
      }
      if (seq !== loadSeq.current) return;
      if (!next) {
        loadedKey.current = null;
        setShownKey(null);
        return;
      }
      setLoading(true);
      try {
        const [out, parts] = await Promise.all([api('reports.draftGet', next), api('reports.reviewSections', next)]);
        if (seq !== loadSeq.current) return;
        setSections(parts);
        const { updatedAt: at, ...loaded } = out;
        loadedKey.current = next;
        setShownKey(next);
        setTextsState(loaded);
        setSavedTexts(loaded);
        setUpdatedAt(at);
        setError(null);
      } catch (err) {
        if (seq === loadSeq.current) setError(errorMessage(err));
      } finally {
        if (seq === loadSeq.current) setLoading(false);
      }
    })();
  }, [wantedKey, saveAs]);

  // Leaving the screen with unsaved texts: keep them (best effort, nothing to show any more).
  useEffect(() => () => {
    const k = loadedKey.current;
    const { texts: current, savedTexts: saved } = latest.current;
    if (k && JSON.stringify(current) !== JSON.stringify(saved)) void saveAs(k, current).catch(() => undefined);
  }, [saveAs]);

  /** Saves now; returns the new version, or null when it failed (the error is shown with the texts). */
  const save = useCallback(async (): Promise<number | null> => {
    const k = loadedKey.current;
    if (!k) {
      setError('Chọn văn bản chỉ đạo và mốc trước khi lưu nội dung.');
      return null;
    }
    setSaving(true);
    try {
      const sent = latest.current.texts;
      const out = await api('reports.draftSave', { ...k, texts: sent });
      // Keep what the specialist typed on screen (the server trims); unsaved means "differs from what was sent".
      setSavedTexts(sent);
      setUpdatedAt(out.updatedAt);
      setError(null);
      versionRef.current += 1;
      setVersion(versionRef.current);
      return versionRef.current;
    } catch (err) {
      setError(`Chưa lưu được nội dung: ${errorMessage(err)}`);
      return null;
    } finally {
      setSaving(false);
    }
  }, []);

  // Texts can be edited only once those of the chosen report are on screen.
  const ready = key !== null && sameKey(shownKey, key) && !loading;
  return { texts, setTexts: setTextsState, sections, dirty, loading: !ready, saving, error, updatedAt, version, save };
}
