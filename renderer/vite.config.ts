import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Relative asset paths: the same build is loaded from app://vanthu/ in Electron and from http:// in the browser.
  base: './',
  plugins: [react()],
  // Replaced by each load's nonce where the page is served (electron/backend/http/rendererFiles.ts).
  html: { cspNonce: '__VANTHU_CSP_NONCE__' },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:5174' } },
});
