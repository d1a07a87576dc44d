import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './vite-precompress';
import { pwa } from './vite-pwa';

const apiTarget = 'http://127.0.0.1:8080';

export default defineConfig({
  // pwa() before precompress(): the worker and manifest it writes get compressed copies too.
  plugins: [react(), tailwindcss(), pwa(), precompress()],
  resolve: {
    // Only `import type` reaches the server today; the alias keeps a value import possible.
    alias: { '@server': fileURLToPath(new URL('../server/src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
