/**
 * Reads a Server-Sent Events stream as a browser would, collecting `{event, data}` pairs until
 * `stop()`. The app must be listening (`app.listen`); `url` is its full address.
 */
export async function readEventStream(url: string, headers: Record<string, string>) {
  const abort = new AbortController();
  const res = await fetch(url, { headers, signal: abort.signal });
  if (res.headers.get('content-type') !== 'text/event-stream') throw new Error(`not an event stream: ${res.status}`);
  const events: { event: string; data: unknown }[] = [];
  let buffer = '';
  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body!) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data !== undefined) events.push({ event, data: JSON.parse(data) as unknown });
        }
      }
    } catch {
      // aborted by stop()
    }
  })();
  return {
    events,
    /** The events of one name received so far. */
    named: (event: string) => events.filter((e) => e.event === event).map((e) => e.data),
    stop: () => abort.abort(),
  };
}
