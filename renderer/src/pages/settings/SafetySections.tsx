import { Col, Row } from 'antd';
import BackupSection from './BackupSection';
import TrashSection from './TrashSection';
import './safety.css';

/** The "nothing is lost" part of Cài đặt: backups and the trash. */
export default function SafetySections() {
  return (
    <Row gutter={16} className="safety-sections">
      <Col xs={24} xl={14}><BackupSection /></Col>
      <Col xs={24} xl={10}><TrashSection /></Col>
    </Row>
  );
}
