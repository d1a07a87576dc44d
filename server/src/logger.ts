import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import type { Config } from './config/load.js';

/** JSON logs to stdout and, unless LOG_FILE=off, to a file. */
export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'LOG_FILE'>) {
  const streams: pino.StreamEntry[] = [{ stream: process.stdout }];
  if (config.LOG_FILE !== 'off') {
    fs.mkdirSync(path.dirname(path.resolve(config.LOG_FILE)), { recursive: true });
    streams.push({ stream: pino.destination({ dest: config.LOG_FILE, sync: false, mkdir: true }) });
  }
  return pino({ level: config.LOG_LEVEL }, pino.multistream(streams.map((s) => ({ ...s, level: config.LOG_LEVEL as pino.Level }))));
}
