// `npm run web -- [--port N] [--db FILE]`: browser mode. Builds the UI when it is missing.
import { register } from 'tsx/esm/api';
import { ensureRendererBuilt, rendererDir } from './build-lib.mjs';

register();
const { parseWebArgs, startWeb } = await import('../electron/backend/web/main.ts');
const { formatCliError } = await import('../electron/backend/cli/errors.ts');

try {
  const options = parseWebArgs(process.argv.slice(2), rendererDir);
  await ensureRendererBuilt();
  const web = await startWeb(options);
  // The address carries this start's secret: only a page opened with it can use the register.
  console.log(`Văn thư (chế độ trình duyệt) đang chạy. Mở địa chỉ này trong trình duyệt: ${web.pageUrl}`);
  console.log(`Dữ liệu: ${web.backend.dbPath}. Nhấn Ctrl+C để dừng.`);
  const stop = () => web.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error(formatCliError(err));
  process.exit(1);
}
