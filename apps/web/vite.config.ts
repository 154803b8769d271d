import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Nx runs every command from the workspace root, so paths here are anchored to this folder.
const webRoot = fileURLToPath(new URL('.', import.meta.url));
const domainEntry = fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url));

// In development the API (port 3000) answers REST under /api and socket.io under /live.
const apiTarget = 'http://localhost:3000';
const proxy = {
  '/api': { target: apiTarget, changeOrigin: true },
  '/live': { target: apiTarget, changeOrigin: true, ws: true },
};

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: {
    alias: { '@open-proposals/domain': domainEntry },
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
