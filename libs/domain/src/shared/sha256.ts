import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * SHA-256 of a text's UTF-8 bytes, as lowercase hex. Through @noble/hashes (pure and audited)
 * because the domain also runs in the browser (the console imports it), where node:crypto is
 * not, and WebCrypto's digest is asynchronous while deciders are not.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
