import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Db } from '../../server/src/db/database.js';
import { startServer, type RunningServer } from './server.js';
import { openBrowser, recordOutsideRequests } from './browser.js';

/** The server's API, called with the page's session (its cookie), failing the test on an error. */
export interface Api {
  /** Expects 200. */
  get<T>(url: string): Promise<T>;
  /** Expects a 2xx. */
  post<T>(url: string, data?: unknown): Promise<T>;
  patch<T>(url: string, data?: unknown): Promise<T>;
}

function apiFor(page: Page, baseUrl: string): Api {
  const call = async <T>(method: 'get' | 'post' | 'patch', url: string, data?: unknown): Promise<T> => {
    const res = await page.request[method](`${baseUrl}${url}`, data === undefined ? undefined : { data });
    const why = `${method.toUpperCase()} ${url}: ${await res.text()}`;
    if (method === 'get') expect(res.status(), why).toBe(200);
    else expect(res.status(), why).toBeLessThan(300);
    return (await res.json()) as T;
  };
  return {
    get: (url) => call('get', url),
    post: (url, data) => call('post', url, data),
    patch: (url, data) => call('patch', url, data),
  };
}

export interface Session {
  server: RunningServer;
  page: Page;
  /** Requests the page made to anything but this machine: a test asserts there were none. */
  outside: string[];
  api: Api;
  close(): Promise<void>;
}

/** A built server (with `env`, and `prepare` run on its database first) and a Chromium page for it. */
export async function openSession(env: Record<string, string> = {}, prepare?: (db: Db) => Promise<void>): Promise<Session> {
  const server = await startServer(env, prepare);
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  try {
    browser = await openBrowser();
  } catch (err) {
    await server.stop();
    throw err;
  }
  const { page } = browser;
  return {
    server,
    page,
    outside: recordOutsideRequests(page),
    api: apiFor(page, server.baseUrl),
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
