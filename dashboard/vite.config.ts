import { defineConfig } from 'vite';

// Everything is bundled (no CDN): the dashboard works offline. Served by veille-server at "/".
export default defineConfig({
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4000, sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
