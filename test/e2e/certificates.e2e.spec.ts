import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { issueCertificate, type SignedCertificate } from '@certflow/application';
import { SIGNED_DECISIONS } from '@certflow/domain';
import { loadOrCreateLogKey, signerFromPrivateKey, trustedKeys, type EventStore } from '@certflow/event-store';
import { runDemo } from '../../apps/cli/src/demo/run-demo.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Canonical JSON in a few lines of its own (keys sorted at every depth), not the code under test. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
const signedBytes = (certificate: unknown) => Buffer.from(`certflow-certificate:v1\n${canonical(certificate)}`, 'utf8');

// Certificates of certified platforms (Arts. 13, 15), checked by anyone over HTTP, after the demo
// played a whole cycle: gz-info-001 holds the title, zg-hub-006 lost it (recheck failed, revoked).
describe('certificates after the demo', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('sqlite', undefined, { readModels: 'memory', scheduler: true });
    await runDemo({ url: await t.listen(), dataDir: t.dataDir, json: true, log: () => undefined });
  }, 180_000);
  afterAll(async () => t?.close());

  const certificateOf = async (platformId: string): Promise<SignedCertificate> =>
    (await t.http.get(`/api/v1/registry/${platformId}/certificate`).expect(200)).body as SignedCertificate;
  const check = (body: object) => t.http.post('/api/v1/certificates/verify').send(body);

  it('issues a certificate without a token, signed by the bureau key it names, the same on every request', async () => {
    const shown = await certificateOf('gz-info-001');
    const bureau = loadOrCreateLogKey(t.dataDir);
    expect(shown.certificate).toMatchObject({
      platformId: 'gz-info-001',
      title: '赣州市市级中小企业公共服务示范平台',
      operator: { unifiedSocialCreditCode: expect.stringMatching(/^[0-9A-Z]{18}$/) },
      county: { code: expect.any(String), name: expect.any(String) },
      cycleYear: 2027,
      certifiedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      validity: { article: '15', nextRecheckYear: expect.any(Number), validUntilRevoked: true },
      decision: { eventId: expect.any(String), globalPosition: expect.any(Number) },
    });
    const decision = await t.store.readEvent(shown.certificate.decision.eventId);
    expect(decision).toMatchObject({ type: 'PlatformCertified', streamId: 'platform-gz-info-001', globalPosition: shown.certificate.decision.globalPosition });
    // Checked with node:crypto alone, against the key the bureau publishes (certflow audit keys).
    const published = createPublicKey(bureau.publicKeyPem);
    expect(shown.signature.keyId).toBe(createHash('sha256').update(published.export({ type: 'spki', format: 'der' })).digest('hex'));
    expect(verify(null, signedBytes(shown.certificate), published, Buffer.from(shown.signature.value, 'base64'))).toBe(true);
    expect(await certificateOf('gz-info-001')).toEqual(shown);
  });

  it('tells a genuine, valid certificate apart', async () => {
    const shown = await certificateOf('gz-info-001');
    const { body } = await check(shown).expect(200);
    expect(body).toEqual({ valid: true, platformId: 'gz-info-001', status: expect.any(String), keyId: shown.signature.keyId, decisionEventId: shown.certificate.decision.eventId });
  });

  it('names a certificate with a byte changed as altered (zh-CN first, en on request)', async () => {
    const shown = await certificateOf('gz-info-001');
    const altered = { ...shown, certificate: { ...shown.certificate, cycleYear: shown.certificate.cycleYear + 1 } };
    const zh = await check(altered).expect(422);
    expect(zh.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(zh.body).toMatchObject({ code: 'certificate.altered', status: 422 });
    expect(zh.body.detail ?? zh.body.title).toMatch(/[\u4e00-\u9fff]/);
    const name = shown.certificate.name;
    const oneCharacter = { ...shown, certificate: { ...shown.certificate, name: `${name.slice(0, -1)}${String.fromCharCode(name.charCodeAt(name.length - 1) + 1)}` } };
    const en = await check(oneCharacter).set('Accept-Language', 'en').expect(422);
    expect(en.body).toMatchObject({ code: 'certificate.altered' });
    expect(en.body.detail).toMatch(/changed after signing/);
    // A signature changed is no better than the content changed.
    const value = Buffer.from(shown.signature.value, 'base64');
    value[0]! ^= 1;
    expect((await check({ ...shown, signature: { ...shown.signature, value: value.toString('base64') } }).expect(422)).body.code).toBe('certificate.altered');
  });

  it('names a certificate signed with another key, even one that came with the certificate', async () => {
    const shown = await certificateOf('gz-info-001');
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const forger = signerFromPrivateKey(privateKey);
    const forged = {
      certificate: shown.certificate,
      signature: { algorithm: 'Ed25519', keyId: forger.keyId, value: forger.signBytes(signedBytes(shown.certificate)) },
      publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
    expect((await check(forged).expect(422)).body).toMatchObject({ code: 'certificate.unknown-key' });
    // Signed with another key but claiming the bureau's fingerprint: it does not match the bureau's key.
    const claimed = { ...forged, signature: { ...forged.signature, keyId: shown.signature.keyId } };
    expect((await check(claimed).expect(422)).body).toMatchObject({ code: 'certificate.altered' });
  });

  it('names a genuine certificate of a platform revoked since, and refuses to issue it one (Art. 15)', async () => {
    const bureau = loadOrCreateLogKey(t.dataDir);
    const events = await t.store.readStream('platform-zg-hub-006');
    const revocation = events.find((e) => e.type === 'RevocationAnnounced')!;
    // The certificate it was given while it still held the title: the log as it stood before the announcement.
    const before: EventStore = { ...t.store, readStream: (id) => t.store.readStream(id, { toVersion: revocation.streamVersion - 1 }) };
    const earlier = await issueCertificate(before, 'zg-hub-006', bureau);
    const { body } = await check(earlier).expect(409);
    expect(body).toMatchObject({ code: 'certificate.platform-revoked', article: '15' });
    const refused = await t.http.get('/api/v1/registry/zg-hub-006/certificate').expect(409);
    expect(refused.body).toMatchObject({ code: 'certificate.platform-revoked' });
  });

  it('answers not found for a platform never certified, and for a genuine signature over a certification the log does not hold', async () => {
    expect((await t.http.get('/api/v1/registry/nobody-here/certificate').expect(404)).body.code).toBe('certificate.not-certified');
    await t.http.get('/api/v1/registry/NOT_AN_ID/certificate').expect(400);
    const shown = await certificateOf('gz-info-001');
    const bureau = loadOrCreateLogKey(t.dataDir);
    const elsewhere = { ...shown.certificate, decision: { ...shown.certificate.decision, eventId: '01900000-0000-7000-8000-000000000000' } };
    const { body } = await check({ certificate: elsewhere, signature: { ...shown.signature, value: bureau.signBytes(signedBytes(elsewhere)) } }).expect(404);
    expect(body.code).toBe('certificate.not-found');
    await check({ certificate: shown.certificate }).expect(400);
    await check({ ...shown, signature: { ...shown.signature, keyId: 'not-hex' } }).expect(400);
  });

  it('leaves the demo log verifying clean, every decision signed by the bureau', async () => {
    const report = await t.store.verifyChains({ signatures: { keys: trustedKeys([loadOrCreateLogKey(t.dataDir).publicKeyPem]), signedTypes: SIGNED_DECISIONS } });
    expect(report.breaks).toEqual([]);
    expect(report.signatures.checked).toBeGreaterThan(5);
    expect(report.signatures.unsigned).toBe(0);
  });
});
