import { sha256 } from '@noble/hashes/sha2.js';

/**
 * Hex SHA-256 of the bytes: through Web Crypto where there is one (Node, browsers in a secure
 * context), else through an audited JavaScript implementation — a page served over plain http from
 * another host has no `crypto.subtle`, and must still parse.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  const digest = subtle ? new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)) : sha256(bytes);
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
