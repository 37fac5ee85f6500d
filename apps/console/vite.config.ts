import vue from '@vitejs/plugin-vue';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Two pages: the public registry at / (kept small: it loads only the Element Plus parts it
// shows) and the console at /console/. Output lands in dist/console, which `certflow serve`
// serves; the root build runs this after tsc.
export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [vue()],
  resolve: {
    alias: {
      // Reference data and the pure rule evaluation of the domain library, for live checks in forms.
      '@certflow/domain': here('../../libs/domain/src/index.ts'),
      '@certflow/errors': here('../../libs/errors/src/index.ts'),
    },
  },
  build: {
    outDir: here('../../dist/console'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: { registry: here('index.html'), console: here('console/index.html') },
    },
  },
});
