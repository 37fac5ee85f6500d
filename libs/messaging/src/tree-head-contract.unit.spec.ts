import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { signerFromPrivateKey, verifyTreeHead, type SignedTreeHead } from '@certflow/event-store';
import { loadContractValidator } from './contract/asyncapi-validator.js';
import { treeHeadEvent, type TreeHeadData } from './contract.js';
import { toKafkaMessage } from './kafka-message.js';

/**
 * The contract's `TreeHeadData` is kept apart from the store's `SignedTreeHead` on purpose (an
 * internal change must not change the contract unseen). These checks make sure the two still
 * meet: a head the store signs is a valid v2 message whose data a consumer verifies as is.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameFields: Same<TreeHeadData, SignedTreeHead> = true;

describe('tree heads: the store signs what the contract carries (issue 12)', () => {
  const signer = signerFromPrivateKey(generateKeyPairSync('ed25519').privateKey);

  it('the two types have the same fields (the compiler refuses this file otherwise)', () => {
    expect(sameFields).toBe(true);
  });

  it("a head the store signs becomes a v2 message the AsyncAPI schema accepts, whose data verifies with the store's own check", async () => {
    const head = signer.sign(4_096, 'cd'.repeat(32), '2029-07-01T02:00:00.000Z');
    const event = treeHeadEvent(head);
    expect(event.data).toEqual(head);
    const contract = await loadContractValidator();
    expect(contract.check(toKafkaMessage(event))).toEqual([]);
    expect(verifyTreeHead(event.data, signer.publicKeyPem)).toBe(true);
    expect(verifyTreeHead({ ...event.data, treeSize: 4_097 }, signer.publicKeyPem)).toBe(false);
  });

  it('a field the store adds to its heads does not reach the contract', () => {
    const head = { ...signer.sign(1, 'ab'.repeat(32), '2029-07-01T02:00:00.000Z'), sealedBy: 'worker-1' };
    expect(Object.keys(treeHeadEvent(head).data).sort()).toEqual(['algorithm', 'keyId', 'rootHash', 'signature', 'timestamp', 'treeSize']);
  });
});
