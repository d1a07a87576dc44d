import { VitePWA } from 'vite-plugin-pwa';

/** The colour of the app's header, for the phone's status bar and the splash screen. */
const THEME = '#0f172a';

/**
 * The installable app: a web manifest and a service worker (Workbox, generated at build time)
 * that precaches the app shell — index.html and the hashed assets — and answers page loads
 * from it. API answers and the live stream are never cached: no runtime caching is
 * configured, so Workbox lets every /api/ request go to the network untouched.
 * See docs/decisions/0013-pwa.md.
 */
export function pwa() {
  return VitePWA({
    // main.tsx registers the worker itself, in production builds only.
    injectRegister: false,
    strategies: 'generateSW',
    // Write the worker before torre:precompress runs, so it gets its .br and .gz copies too.
    integration: { closeBundleOrder: 'pre' },
    manifestFilename: 'manifest.webmanifest',
    manifest: {
      name: 'Torre',
      short_name: 'Torre',
      description: 'Torre: towers, equipment and alerts of the network',
      lang: 'pt-BR',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: THEME,
      background_color: '#f8fafc',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // The shell: the page and what Vite built; not the .br/.gz copies (the server picks
      // those by Accept-Encoding) nor the icons, which the browser fetches on install.
      globPatterns: ['index.html', 'assets/**/*.{js,css,svg,png,woff2}'],
      globIgnores: ['**/*.br', '**/*.gz'],
      navigateFallback: '/index.html',
      // What the server answers itself stays on the network: Swagger UI and the API, the health
      // check, Prometheus metrics, and any file asked for by name (a CSV, the manifest).
      navigateFallbackDenylist: [/^\/api\//, /^\/healthz/, /^\/metrics/, /\/[^/?]+\.[^/?]+$/],
      runtimeCaching: [],
      cleanupOutdatedCaches: true,
      // A new release takes over on the next load instead of waiting for every tab to close.
      skipWaiting: true,
      clientsClaim: true,
      // No source map beside sw.js: nothing to debug in generated code.
      sourcemap: false,
    },
  });
}
