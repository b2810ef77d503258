import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, Segmented, Select, Space, Table, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Book, TypeCode } from '../../../../shared/schemas';
import { api } from '../../api/client';
import { useBooks, useTypeCodes } from '../../lib/catalog';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { displayDate, formatNumber } from '../../lib/format';

const SYSTEM_LABELS: Record<TypeCode['system'], string> = { party: 'Đảng', state: 'Nhà nước' };
const BOOK_KINDS: Record<Book['kind'], string> = { general: 'Chung', network: 'Văn bản qua mạng', paper: 'Văn bản giấy', secret: 'Văn bản mật' };

/** "Danh mục": the lists the office keeps as data — document types and register books. */
export default function CatalogPage() {
  return (
    <div className="page catalog-page">
      <Typography.Title level={3} className="page-title">Danh mục</Typography.Title>
      <Tabs
        items={[
          { key: 'types', label: 'Loại văn bản', children: <TypeCodesTab /> },
          { key: 'books', label: 'Sổ văn bản đến', children: <BooksTab /> },
        ]}
      />
    </div>
  );
}

type TypeDraft = { id?: number; system: TypeCode['system']; code: string; name: string };

function TypeCodesTab() {
  const { typeCodes, reload } = useTypeCodes();
  const { message } = App.useApp();
  const [system, setSystem] = useState<'all' | TypeCode['system']>('all');
  const [editing, setEditing] = useState<TypeDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [addForm] = Form.useForm<TypeDraft>();

  const shown = useMemo(
    () => typeCodes.filter((t) => system === 'all' || t.system === system)
      .sort((a, b) => a.system.localeCompare(b.system) || a.code.localeCompare(b.code, 'vi')),
    [typeCodes, system],
  );

  async function save(draft: TypeDraft, onDone: () => void) {
    setError(null);
    try {
      const saved = await api('typeCodes.save', draft);
      message.success(`Đã lưu loại ${saved.code} — ${saved.name}.`);
      await reload();
      onDone();
    } catch (err) {
      const fields = fieldErrors(err);
      if (!draft.id) addForm.setFields(Object.entries(fields).map(([name, msg]) => ({ name: name as keyof TypeDraft, errors: [msg] })));
      setError(errorMessage(err));
    }
  }

  return (
    <div>
      <Typography.Paragraph type="secondary">
        Mã loại dùng để đọc số, ký hiệu (43-<strong>NQ</strong>/TW, 123/<strong>QĐ</strong>-UBND) và điền loại văn bản khi vào sổ.
        Văn bản Đảng theo Quy định 66-QĐ/TW và 399-QĐ/TW; văn bản Nhà nước theo Nghị định 30/2020/NĐ-CP. Có thể thêm hoặc sửa.
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} className="page-alert" closable={{ onClose: () => setError(null) }} />}
      <Form<TypeDraft>
        form={addForm}
        layout="inline"
        initialValues={{ system: 'party', code: '', name: '' }}
        onFinish={(v) => void save(v, () => addForm.resetFields())}
        className="catalog-add"
      >
        <Form.Item name="system">
          <Select style={{ width: 130 }} options={[{ value: 'party', label: 'Đảng' }, { value: 'state', label: 'Nhà nước' }]} aria-label="Hệ thống" />
        </Form.Item>
        <Form.Item name="code" rules={[{ required: true, whitespace: true, message: 'Nhập mã.' }]}>
          <Input placeholder="Mã (ví dụ TTr)" style={{ width: 140 }} aria-label="Mã loại" />
        </Form.Item>
        <Form.Item name="name" rules={[{ required: true, whitespace: true, message: 'Nhập tên loại.' }]}>
          <Input placeholder="Tên loại (ví dụ Tờ trình)" style={{ width: 260 }} aria-label="Tên loại" />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" icon={<PlusOutlined />}>Thêm loại</Button>
        </Form.Item>
      </Form>
      <Segmented
        className="catalog-filter"
        value={system}
        onChange={(v) => setSystem(v as typeof system)}
        options={[{ value: 'all', label: 'Tất cả' }, { value: 'party', label: 'Văn bản Đảng' }, { value: 'state', label: 'Văn bản Nhà nước' }]}
      />
      <Table<TypeCode>
        size="small"
        rowKey="id"
        dataSource={shown}
        pagination={false}
        scroll={{ y: 'calc(100vh - 390px)' }}
        data-testid="type-codes-table"
        columns={[
          { key: 'system', title: 'Hệ thống', width: 120, render: (_, t) => SYSTEM_LABELS[t.system] },
          {
            key: 'code', title: 'Mã', width: 140,
            render: (_, t) => editing?.id === t.id
              ? <Input size="small" value={editing.code} onChange={(e) => setEditing({ ...editing, code: e.target.value })} aria-label="Mã loại" />
              : <strong>{t.code}</strong>,
          },
          {
            key: 'name', title: 'Tên loại',
            render: (_, t) => editing?.id === t.id
              ? (
                <Input
                  size="small"
                  value={editing.name}
                  autoFocus
                  onChange={(e) => setEditing({ ...editing, name: e.target.value })}
                  onPressEnter={() => void save(editing, () => setEditing(null))}
                  onKeyDown={(e) => { if (e.key === 'Escape') setEditing(null); }}
                  aria-label="Tên loại"
                />
              )
              : t.name,
          },
          {
            key: 'actions', title: '', width: 170,
            render: (_, t) => editing?.id === t.id ? (
              <Space size={4}>
                <Button size="small" type="primary" onClick={() => void save(editing, () => setEditing(null))}>Lưu</Button>
                <Button size="small" onClick={() => setEditing(null)}>Hủy</Button>
              </Space>
            ) : (
              <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing({ ...t })}>Sửa</Button>
            ),
          },
        ]}
      />
    </div>
  );
}

type BookDraft = { name: string; year: number; kind: Book['kind']; note: string };

function BooksTab() {
  const { books, reload } = useBooks();
  const { message } = App.useApp();
  const [form] = Form.useForm<BookDraft>();
  const [error, setError] = useState<string | null>(null);

  async function create(values: BookDraft) {
    setError(null);
    try {
      const book = await api('books.create', { ...values, note: values.note ?? '' });
      message.success(`Đã mở ${book.name} (${book.year}).`);
      form.resetFields();
      await reload();
    } catch (err) {
      form.setFields(Object.entries(fieldErrors(err)).map(([name, msg]) => ({ name: name as keyof BookDraft, errors: [msg] })));
      setError(errorMessage(err));
    }
  }

  return (
    <div>
      <Typography.Paragraph type="secondary">
        Mỗi năm có một sổ mặc định, số đến bắt đầu lại từ 1. Cơ quan có thể mở thêm sổ riêng (văn bản qua mạng,
        văn bản giấy, văn bản mật); mỗi sổ có dãy số đến riêng.
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} className="page-alert" closable={{ onClose: () => setError(null) }} />}
      <Form<BookDraft>
        form={form}
        layout="inline"
        initialValues={{ year: new Date().getFullYear(), kind: 'general', name: '', note: '' }}
        onFinish={(v) => void create(v)}
        className="catalog-add"
      >
        <Form.Item name="name" rules={[{ required: true, whitespace: true, message: 'Nhập tên sổ.' }]}>
          <Input placeholder="Tên sổ (ví dụ Sổ văn bản mật đến)" style={{ width: 300 }} aria-label="Tên sổ" />
        </Form.Item>
        <Form.Item name="year" rules={[{ required: true, message: 'Nhập năm.' }]}>
          <InputNumber min={1945} max={2200} controls={false} style={{ width: 90 }} aria-label="Năm" />
        </Form.Item>
        <Form.Item name="kind">
          <Select style={{ width: 170 }} options={Object.entries(BOOK_KINDS).map(([value, label]) => ({ value, label }))} aria-label="Loại sổ" />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" icon={<PlusOutlined />}>Mở sổ mới</Button>
        </Form.Item>
      </Form>
      <Table<Book>
        size="small"
        rowKey="id"
        dataSource={books}
        pagination={false}
        data-testid="books-table"
        columns={[
          { key: 'name', title: 'Tên sổ', render: (_, b) => <strong>{b.name}</strong> },
          { key: 'year', title: 'Năm', width: 80, dataIndex: 'year' },
          { key: 'kind', title: 'Loại sổ', width: 160, render: (_, b) => BOOK_KINDS[b.kind] },
          { key: 'count', title: 'Số văn bản', width: 110, align: 'right', render: (_, b) => formatNumber(b.entryCount) },
          {
            key: 'numbers', title: 'Số đến', width: 140,
            render: (_, b) => (b.firstNumber === null ? '—' : `${b.firstNumber} – ${b.lastNumber}`),
          },
          {
            key: 'dates', title: 'Ngày đến', width: 220,
            render: (_, b) => (b.firstDate ? `${displayDate(b.firstDate)} – ${displayDate(b.lastDate)}` : '—'),
          },
        ]}
      />
    </div>
  );
}
