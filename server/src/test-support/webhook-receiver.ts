import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER } from '../alerting/notifiers/webhook.js';

/** A webhook receiver on loopback: records what it got and answers with the next scripted status (200 by default). */
export async function startWebhookReceiver() {
  const got: { body: string; signature: string | undefined }[] = [];
  const statuses: number[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      got.push({ body, signature: req.headers[SIGNATURE_HEADER] as string | undefined });
      res.statusCode = statuses.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, got, statuses, close: () => new Promise((r) => server.close(r)) };
}
