/** A write-only secret: kept as saved, replaced by what was typed, or removed. */
export interface SecretInput {
  mode: 'keep' | 'replace' | 'remove';
  value: string;
}

export const KEEP_SECRET: SecretInput = { mode: 'keep', value: '' };

/** What the PUT carries: left out (keep), null (remove) or the new value. An empty field keeps. */
export function secretUpdate(s: SecretInput): string | null | undefined {
  if (s.mode === 'remove') return null;
  const value = s.value.trim();
  return value ? value : undefined;
}

/** Entries one per line or comma-separated (commas only when `commas`: URLs may hold them). */
export function splitList(text: string, commas = true): string[] {
  return text
    .split(commas ? /[\n,]/ : /\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export const isChatId = (s: string): boolean => /^-?[0-9]{1,20}$/.test(s);
