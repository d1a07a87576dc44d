/** The `data` of each Server-Sent Event named `name` on a streaming response, parsed as JSON. */
export async function* sseEvents<T>(res: Response, name: string): AsyncGenerator<T> {
  let buffer = '';
  const decoder = new TextDecoder();
  for await (const chunk of res.body!) {
    buffer += decoder.decode(chunk as Uint8Array);
    let i: number;
    while ((i = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      if (!block.startsWith(`event: ${name}\n`)) continue;
      yield JSON.parse(/^data: (.+)$/m.exec(block)![1]!) as T;
    }
  }
}
