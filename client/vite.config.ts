import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The client's one configuration: built into client/dist and served by the API process. */
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
