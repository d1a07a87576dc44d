import { describe, expect, it } from 'vitest';
import { PasswordsBusyError, createPasswords, hashPassword } from './passwords.js';

describe('passwords', { timeout: 60_000 }, () => {
  it('runs at most `concurrency` argon2 hashings at once, queues `queue` more and refuses the rest', async () => {
    const hash = await hashPassword('right-password');
    const passwords = createPasswords({ concurrency: 1, queue: 2 });
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => passwords.verify(hash, i === 0 ? 'right-password' : 'wrong')));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : r.reason instanceof PasswordsBusyError ? 'busy' : r.reason))).toEqual([
      true,
      false,
      false,
      'busy',
      'busy',
      'busy',
      'busy',
      'busy',
    ]);
    expect(passwords.stats()).toMatchObject({ verified: 3, refused: 5, peakRunning: 1, running: 0, waiting: 0 });
    // Once the queue drains, new work is accepted again.
    await expect(passwords.verify(hash, 'right-password')).resolves.toBe(true);
  });

  it('a malformed stored hash verifies as false, and hashes verify', async () => {
    const passwords = createPasswords({ concurrency: 2, queue: 10 });
    await expect(passwords.verify('not-a-hash', 'x')).resolves.toBe(false);
    await expect(passwords.verify(await passwords.hash('p4ssword'), 'p4ssword')).resolves.toBe(true);
    expect(passwords.stats()).toMatchObject({ verified: 2, hashed: 1 });
  });
});
