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
  // Every component is <script setup>: Vue's Options API support is left out too.
  plugins: [vue({ features: { optionsAPI: false } })],
  // vue-i18n's compile-time flags: the console uses the Composition API only (legacy: false) and
  // neither <i18n-t> nor v-t, so the legacy API and the global install are left out of the bundle.
  define: {
    __VUE_I18N_LEGACY_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
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
