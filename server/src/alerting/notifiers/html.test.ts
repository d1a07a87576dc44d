import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html.js';

describe('escapeHtml', () => {
  it('escapes the characters Telegram HTML reserves, once each', () => {
    expect(escapeHtml('RB <Core> & "Serra" \'Azul\'')).toBe('RB &lt;Core&gt; &amp; &quot;Serra&quot; \'Azul\'');
    // text that looks like an entity is still text
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('leaves other text alone', () => {
    expect(escapeHtml('Torre Serra Azul: 37 equipamentos afetados — 100% 🚨')).toBe('Torre Serra Azul: 37 equipamentos afetados — 100% 🚨');
    expect(escapeHtml('')).toBe('');
  });
});
