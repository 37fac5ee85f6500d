import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SignedTreeHead } from './transparency-log.js';

export interface TreeHeadSigner {
  readonly keyId: string;
  /** SPKI PEM: what the deployment publishes so that anyone can check its heads. */
  readonly publicKeyPem: string;
  sign(treeSize: number, rootHash: string, timestamp: string): SignedTreeHead;
  /** Base64 Ed25519 signature over bytes that carry their own purpose tag (decisions, certificates). */
  signBytes(bytes: Buffer): string;
}

/** The bytes a head's signature covers; a version tag keeps them from meaning anything else. */
export function treeHeadText(head: Pick<SignedTreeHead, 'treeSize' | 'rootHash' | 'timestamp'>): Buffer {
  return Buffer.from(`certflow-tree-head:v1\n${head.treeSize}\n${head.rootHash}\n${head.timestamp}`, 'utf8');
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
}

export function signerFromPrivateKey(privateKey: KeyObject): TreeHeadSigner {
  const publicKey = createPublicKey(privateKey);
  const keyId = keyIdOf(publicKey);
  return {
    keyId,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign(treeSize, rootHash, timestamp) {
      const signature = sign(null, treeHeadText({ treeSize, rootHash, timestamp }), privateKey).toString('base64');
      return { treeSize, rootHash, timestamp, algorithm: 'Ed25519', keyId, signature };
    },
    signBytes(bytes) {
      return sign(null, bytes, privateKey).toString('base64');
    },
  };
}

/**
 * The bureau's Ed25519 key: it signs the log's tree heads, the certification and revocation
 * decisions and the certificates, each over bytes with a purpose tag of their own. Kept in the data folder (created on first
 * use, readable by the owner only), as the embedded token key is.
 */
export function logKeyFile(dataDir: string): string {
  return join(dataDir, 'log', 'tree-head-key.pem');
}

/** The public key of an existing log key, without creating one: checking must not change the data folder. */
export function logPublicKey(dataDir: string): string | undefined {
  const file = logKeyFile(dataDir);
  if (!existsSync(file)) return undefined;
  return createPublicKey(createPrivateKey(readFileSync(file))).export({ type: 'spki', format: 'pem' }).toString();
}

export function loadOrCreateLogKey(dataDir: string): TreeHeadSigner {
  const folder = join(dataDir, 'log');
  const file = logKeyFile(dataDir);
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    try {
      writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    }
  }
  chmodSync(file, 0o600);
  return signerFromPrivateKey(createPrivateKey(readFileSync(file)));
}

/** Whether the head carries a valid signature by this public key. */
export function verifyTreeHead(head: SignedTreeHead, publicKeyPem: string): boolean {
  try {
    const key = createPublicKey(publicKeyPem);
    if (keyIdOf(key) !== head.keyId || head.algorithm !== 'Ed25519') return false;
    return verify(null, treeHeadText(head), key, Buffer.from(head.signature, 'base64'));
  } catch {
    return false;
  }
}
