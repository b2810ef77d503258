import { FileAddOutlined, InboxOutlined } from '@ant-design/icons';
import { App, FloatButton } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IncomingEntry } from '../../../../shared/schemas';
import { api } from '../../api/client';
import { useTypeCodes } from '../../lib/catalog';
import { errorMessage } from '../../lib/errors';
import { IntakeReview } from './IntakeReview';
import { ACCEPTED, fileToBase64, isAccepted, type Proposal } from './readFiles';
import './intake.css';

// Getting received files into the register: files dropped anywhere on the register page (or picked
// with the button at the bottom right) are read one by one; each becomes a proposed entry that the
// clerk checks and confirms. Nothing is registered without that confirmation.

let nextKey = 0;

export function IntakeDrop({ onRegistered }: { onRegistered(entry: IncomingEntry): void }) {
  const { notification } = App.useApp();
  const { typeCodes } = useTypeCodes();
  const [dragging, setDragging] = useState(false);
  const [queue, setQueue] = useState<Proposal[]>([]);
  const [done, setDone] = useState(0);
  const pickRef = useRef<HTMLInputElement>(null);
  const depth = useRef(0);

  const addFiles = useCallback(async (files: File[]) => {
    const accepted = files.filter(isAccepted);
    const refused = files.filter((f) => !isAccepted(f));
    if (refused.length) {
      notification.warning({
        title: 'Có tệp không nhận được',
        description: `${refused.map((f) => f.name).join(', ')}: chỉ nhận tệp PDF, Word (.docx) và ảnh bản quét.`,
      });
    }
    for (const file of accepted) {
      const key = `intake-${nextKey++}`;
      let proposal: Proposal = { key, fileName: file.name, contentBase64: '', reading: null, error: null };
      try {
        const contentBase64 = await fileToBase64(file);
        proposal = { ...proposal, contentBase64, reading: await api('intake.read', { fileName: file.name, contentBase64 }) };
      } catch (err) {
        proposal = { ...proposal, error: errorMessage(err) };
        notification.error({ title: `Không đọc được "${file.name}"`, description: proposal.error, duration: 0 });
        continue;
      }
      setQueue((q) => [...q, proposal]);
    }
  }, [notification]);

  // Dragging files over the window shows the drop zone; dropping them anywhere reads them.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setDragging(false);
      void addFiles(Array.from(e.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [addFiles]);

  // "(2/3)" counts the files of the batch in hand: a new batch starts again at 1.
  useEffect(() => {
    if (queue.length === 0) setDone(0);
  }, [queue.length]);

  const current = queue[0];
  const next = () => {
    setQueue((q) => q.slice(1));
    setDone((n) => n + 1);
  };

  return (
    <>
      {dragging && (
        <div className="intake-overlay" data-testid="intake-overlay">
          <InboxOutlined className="intake-overlay-icon" />
          <div>Thả tệp PDF hoặc Word vào đây để nhận văn bản đến</div>
          <div className="intake-overlay-sub">Mỗi tệp thành một văn bản đề xuất; kiểm tra rồi bấm Enter để vào sổ.</div>
        </div>
      )}
      <FloatButton
        icon={<FileAddOutlined />}
        tooltip="Nhận văn bản từ tệp (PDF, Word) — hoặc kéo thả tệp vào sổ"
        aria-label="Nhận văn bản từ tệp"
        data-testid="intake-pick"
        onClick={() => pickRef.current?.click()}
      />
      <input
        ref={pickRef}
        type="file"
        multiple
        accept={ACCEPTED}
        hidden
        data-testid="intake-file-input"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          void addFiles(files);
        }}
      />
      {current && (
        <IntakeReview
          key={current.key}
          proposal={current}
          position={{ index: done, count: done + queue.length }}
          typeCodes={typeCodes}
          onRegistered={(entry) => {
            onRegistered(entry);
            next();
          }}
          onSkip={next}
          onClose={() => {
            setQueue([]);
            setDone(0);
          }}
        />
      )}
    </>
  );
}
