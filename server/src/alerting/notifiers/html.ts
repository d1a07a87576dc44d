const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text made safe for Telegram's HTML parse mode. Telegram requires &, < and > as entities and
 * knows only &lt; &gt; &amp; &quot; by name; " matters inside an href="…" attribute.
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ENTITIES[c]!);
