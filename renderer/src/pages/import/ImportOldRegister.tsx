import { ImportOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { ImportDialog } from './ImportDialog';

/** "Nhập sổ cũ" on the register page: opens the import of an old register kept in Excel or CSV. */
export function ImportOldRegister({ onImported }: { onImported(): void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip title="Nhập sổ cũ từ Excel (.xlsx) hoặc CSV">
        <Button icon={<ImportOutlined />} onClick={() => setOpen(true)} data-testid="import-open">Nhập sổ cũ</Button>
      </Tooltip>
      {open && <ImportDialog onClose={() => setOpen(false)} onImported={onImported} />}
    </>
  );
}
