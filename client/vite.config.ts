import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The client's one configuration: built into client/dist and served by the API process. Each view
 * is its own chunk (views/registry.tsx loads them lazily); Cytoscape and its layout are one shared
 * chunk, loaded by the three canvas views only.
 */
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        advancedChunks: {
          groups: [{ name: 'cytoscape', test: /node_modules[\\/](cytoscape|cytoscape-fcose|cose-base|layout-base)[\\/]/ }],
        },
      },
    },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
