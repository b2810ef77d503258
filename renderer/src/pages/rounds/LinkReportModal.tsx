import { Alert, Empty, Modal, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { IncomingEntry } from '../../../../shared/schemas';
import type { RoundDetail, Unit } from '../../../../shared/taskSchemas';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { displayDate } from '../../lib/format';
import { EntryPicker } from '../tasks/EntryPicker';

/** Links the incoming entry that is a body's report to the round: the body's likely reports first, or any entry. */
export function LinkReportModal({ roundId, unit, onClose, onLinked }: {
  roundId: number; unit: Unit | null; onClose(): void; onLinked(round: RoundDetail): void;
}) {
  const [candidates, setCandidates] = useState<IncomingEntry[] | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!unit) return;
    setChosen(null);
    setError(null);
    setCandidates(null);
    api('rounds.candidates', { roundId, unitId: unit.id }).then((c) => {
      setCandidates(c);
      if (c[0]) setChosen(c[0].id);
    }, (err) => setError(errorMessage(err)));
  }, [roundId, unit]);

  async function link() {
    if (!unit || chosen === null) return;
    try {
      onLinked(await api('rounds.linkReport', { roundId, unitId: unit.id, entryId: chosen }));
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <Modal open={unit !== null} title={`Báo cáo của ${unit?.name ?? ''}`} width={760} okText="Ghi nhận báo cáo" cancelText="Hủy"
      okButtonProps={{ disabled: chosen === null }} onOk={() => void link()} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} className="page-alert" />}
      <Typography.Paragraph type="secondary">
        Văn bản do đơn vị gửi, đã vào sổ văn bản đến kể từ khi nhận văn bản chỉ đạo (báo cáo nêu văn bản chỉ đạo xếp trước).
      </Typography.Paragraph>
      {candidates !== null && candidates.length === 0 && <Empty description="Chưa thấy văn bản nào của đơn vị trong sổ." />}
      <Radio.Group value={chosen} onChange={(e) => setChosen(e.target.value)} className="full-width">
        <Space orientation="vertical" className="full-width">
          {(candidates ?? []).map((e) => (
            <Radio key={e.id} value={e.id}>
              <strong>{e.symbol || '(không số)'}</strong> ngày {displayDate(e.documentDate)} — số đến {e.arrivalNumber}, ngày đến {displayDate(e.arrivalDate)}
              <div className="muted small">{e.typeName}: {e.abstract}</div>
            </Radio>
          ))}
        </Space>
      </Radio.Group>
      <Typography.Paragraph className="link-other">Hoặc tìm văn bản khác trong sổ:</Typography.Paragraph>
      <EntryPicker value={chosen} initial={candidates ?? []} onChange={(id) => setChosen(id)} className="full-width" aria-label="Tìm văn bản báo cáo" />
    </Modal>
  );
}
