// `npm run build`: the renderer (Vite) and the Electron main and preload bundles (esbuild).
import { buildElectron, ensureRendererBuilt } from './build-lib.mjs';

await ensureRendererBuilt({ force: true });
await buildElectron();
console.log('Đã dựng xong: dist/renderer, dist-electron.');
