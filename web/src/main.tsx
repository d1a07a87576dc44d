import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import './lib/i18n';
import { App } from './app/app';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

// The installable app's worker (web/vite-pwa.ts); not in `vite dev`, where it would serve stale code.
// Registered a moment after the page has loaded: its first install downloads the whole app shell,
// which must not compete with the first page's own data.
const WORKER_DELAY_MS = 2_000;
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    setTimeout(() => {
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((err: unknown) => console.warn('service worker not registered', err));
    }, WORKER_DELAY_MS);
  });
}

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
