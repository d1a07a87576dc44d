import crypto from 'node:crypto';

/** A bearer secret: 32 random bytes. Only its SHA-256 is stored. */
export const newToken = (prefix: 'ses' | 'tok') => `${prefix}_${crypto.randomBytes(32).toString('base64url')}`;
export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
