import { Col, Row } from 'antd';
import BackupSection from './BackupSection';
import HistorySection from './HistorySection';
import TrashSection from './TrashSection';
import './safety.css';

/** The "nothing is lost" part of Cài đặt: backups, the trash, the history of changes. */
export default function SafetySections() {
  return (
    <Row gutter={16} className="safety-sections">
      <Col xs={24} xl={14}><BackupSection /></Col>
      <Col xs={24} xl={10}><TrashSection /></Col>
      <Col span={24}><HistorySection /></Col>
    </Row>
  );
}
