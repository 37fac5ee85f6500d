import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minimalOfd, minimalPdf, minimalPng, type SizeLimits } from '@certflow/documents';
import { S3DocumentStore } from '../../../../libs/documents/src/s3/s3-document-store.js';
import { applicationContent, at, countyEvaluation, materials, PLATFORM_ID, ZHANGGONG } from '@certflow/testing';
import { s3TestBucket } from '../../../../libs/documents/src/s3/s3-test-bucket.js';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';

const MIB = 1024 * 1024;
const LIMITS: SizeLimits = { 'application/pdf': 64 * MIB, 'application/ofd': 2 * MIB, 'image/jpeg': 2 * MIB, 'image/png': 64 * 1024 };
const OTHER_PLATFORM = 'gz-rj-0002';
const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Every file under the store's folder, so a test can see that a refused upload left nothing. */
function storedFiles(t: TestApp): string[] {
  const root = join(t.dataDir, 'documents');
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => /[0-9a-f]{64}$|\.part$/.test(name) && !name.startsWith('uploads'));
}

describe('documents over HTTP (Arts. 9, 10, 14, 15)', () => {
  let t: TestApp;
  let base: string;
  let applicant: string;
  let county: string;
  let baseline: string[];
  beforeAll(async () => {
    t = await startTestApp('sqlite', at('2027-03-02'), { documentLimits: LIMITS });
    base = await t.listen();
    applicant = await t.token('applicant', { platformId: PLATFORM_ID });
    county = await t.token('county', { county: ZHANGGONG });
    baseline = storedFiles(t);
  });
  afterAll(async () => t?.close());

  const upload = (token: string, bytes: Buffer, filename = 'file.pdf', field = 'file') =>
    t.http.post('/api/v1/documents').set('Authorization', `Bearer ${token}`).attach(field, bytes, filename);

  it('stores an upload by its SHA-256, tells its type by its bytes and gives it back to the applicant, the city and auditors', async () => {
    const pdf = minimalPdf('Art. 10 application report of gz-zg-0001');
    const answer = await upload(applicant, pdf, '申请报告.pdf').expect(201);
    const sha256 = sha256Of(pdf);
    expect(answer.body).toEqual({ name: '申请报告.pdf', sha256, sizeBytes: pdf.length, mediaType: 'application/pdf', location: `/api/v1/documents/${sha256}` });
    for (const token of [applicant, await t.token('city'), await t.token('auditor')]) {
      const got = await t.http.get(`/api/v1/documents/${sha256}`).set('Authorization', `Bearer ${token}`).buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      }).expect(200);
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(got.headers.etag).toBe(`"${sha256}"`);
      expect(sha256Of(got.body as Buffer)).toBe(sha256);
    }
  });

  it('tells OFD, PNG and JPEG by their bytes whatever the name says', async () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 7)]);
    const types = [];
    for (const bytes of [minimalOfd('营业执照'), minimalPng(), jpeg]) types.push((await upload(applicant, bytes, 'scan.pdf').expect(201)).body.mediaType);
    expect(types).toEqual(['application/ofd', 'image/png', 'image/jpeg']);
  });

  it('hides a document from another platform, another county and the public, as if it did not exist', async () => {
    const pdf = minimalPdf('private to gz-zg-0001');
    await upload(applicant, pdf).expect(201);
    const path = `/api/v1/documents/${sha256Of(pdf)}`;
    const other = await t.token('applicant', { platformId: OTHER_PLATFORM });
    const otherCounty = await t.token('county', { county: '360781' });
    for (const token of [other, otherCounty]) {
      const answer = await t.http.get(path).set('Authorization', `Bearer ${token}`).expect(404);
      expect(answer.body.code).toBe('resource.not-found');
    }
    expect((await t.http.get(path).expect(401)).body.code).toBe('auth.unauthenticated');
    expect((await t.http.get(`/api/v1/documents/${'0'.repeat(64)}`).set('Authorization', `Bearer ${applicant}`).expect(404)).body.code).toBe('resource.not-found');
    expect((await t.http.get('/api/v1/documents/not-a-hash').set('Authorization', `Bearer ${applicant}`).expect(400)).body.code).toBe('request.invalid');
  });

  it('refuses an executable named .pdf, a file over its type limit and a malformed upload, keeping nothing', async () => {
    const executable = Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01\x00', 'latin1'), Buffer.alloc(4096, 1)]);
    const refused = await upload(applicant, executable, '申请报告.pdf').expect(415);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.code).toBe('document.unsupported-type');
    const png = Buffer.concat([minimalPng(), Buffer.alloc(64 * 1024)]);
    const tooLarge = await upload(applicant, png, 'photo.png').expect(413);
    expect(tooLarge.body).toMatchObject({ code: 'document.too-large', details: { mediaType: 'image/png', limitBytes: 64 * 1024 } });
    expect((await upload(applicant, minimalPdf('x'), 'a.pdf', 'attachment').expect(400)).body.code).toBe('document.upload-malformed');
    const notMultipart = await t.http.post('/api/v1/documents').set('Authorization', `Bearer ${applicant}`).set('Content-Type', 'application/pdf').send(minimalPdf('raw'));
    expect(notMultipart.status).toBe(400);
    expect(notMultipart.body.code).toBe('document.upload-malformed');
    expect((await upload(await t.token('auditor'), minimalPdf('auditor')).expect(403)).body.code).toBe('auth.role-not-allowed');
    expect(storedFiles(t).filter((file) => !baseline.includes(file)).filter((file) => file.endsWith('.part'))).toEqual([]);
    expect(storedFiles(t)).not.toContainEqual(expect.stringContaining(sha256Of(executable)));
  });

  /** Sends the head of a multipart upload and `bytes` of the file, then ends or drops the connection. */
  function partialUpload(token: string, mode: 'truncate' | 'disconnect'): Promise<number | undefined> {
    const boundary = 'certflow-boundary';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    const body = Buffer.concat([head, minimalPdf('cut short'), Buffer.alloc(256 * 1024, 1)]);
    return new Promise((resolve) => {
      const request = httpRequest(`${base}/api/v1/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, ...(mode === 'disconnect' ? { 'content-length': String(body.length * 4) } : {}) },
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode);
      });
      request.on('error', () => resolve(undefined));
      request.write(body, () => {
        if (mode === 'truncate') request.end();
        else setTimeout(() => request.destroy(), 200);
      });
    });
  }

  it('keeps nothing of an upload cut short or of a client that disconnects mid-upload', async () => {
    expect(await partialUpload(applicant, 'truncate')).toBe(400);
    await partialUpload(applicant, 'disconnect');
    // The server notices the disconnect on its own time.
    for (let i = 0; i < 50 && storedFiles(t).some((file) => file.endsWith('.part')); i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(storedFiles(t).filter((file) => !baseline.includes(file) && !/[0-9a-f]{64}$/.test(file))).toEqual([]);
    const before = storedFiles(t).length;
    expect(storedFiles(t)).toHaveLength(before);
  });

  /** Streams a PDF of `megabytes` MiB (plus its head) to the API, answering the status and the hash sent. */
  async function streamUpload(megabytes: number, label: string): Promise<{ status: number | undefined; sha256: string; sizeBytes: number }> {
    const chunk = Buffer.alloc(MIB, 0x20);
    const head = minimalPdf(label);
    const boundary = 'certflow-streamed';
    const open = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    const close = Buffer.from(`\r\n--${boundary}--\r\n`);
    const hash = createHash('sha256').update(head);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const request = httpRequest(`${base}/api/v1/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${applicant}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode);
      });
      request.on('error', reject);
      let sent = 0;
      const pump = () => {
        while (sent < megabytes) {
          sent += 1;
          hash.update(chunk);
          if (!request.write(chunk)) return void request.once('drain', pump);
        }
        request.end(close);
      };
      request.write(Buffer.concat([open, head]));
      pump();
    });
    return { status, sha256: hash.digest('hex'), sizeBytes: head.length + megabytes * MIB };
  }

  it('streams a large upload (48 MB, over the 20 MB asked, so that holding it whole cannot pass) without holding it in memory', async () => {
    // A first upload pays for what any first request allocates (code, pools, buffers).
    expect((await streamUpload(4, 'warm-up')).status).toBe(201);
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const sent = await streamUpload(48, 'forty-eight megabytes');
    clearInterval(sampler);
    expect(sent.status).toBe(201);
    expect(await t.documents.stat(sent.sha256)).toEqual({ sha256: sent.sha256, sizeBytes: sent.sizeBytes, mediaType: 'application/pdf' });
    // Held whole, the body alone would add 48 MB on top of the socket's garbage. Streamed, what
    // grows is that garbage of 64 KB reads until the collector runs: about 20 MB on Node 20 and
    // 41 MB on Node 26, whose collector lets it pile up longer (measured in .ci/run).
    expect(peak - rssBefore).toBeLessThan(56 * MIB);
  });

  describe('commands accept only documents that exist (Arts. 9, 10)', () => {
    const submit = (body: object, token = applicant, platformId = PLATFORM_ID) =>
      t.http.post(`/api/v1/platforms/${platformId}/submit-application`).set('Authorization', `Bearer ${token}`).send(body);

    beforeAll(async () => {
      const city = await t.token('city');
      await t.http
        .post('/api/v1/cycles/2027/open-cycle')
        .set('Authorization', `Bearer ${city}`)
        .send({ rulesetId: 'ganzhou-2013', noticeTitle: '2027年度认定通知', applicationDeadline: '2027-04-30', recheckMaterialsDeadline: '2027-05-31', reviewDeadline: '2027-07-31' })
        .expect(201);
    });

    it('refuses a material whose document was never uploaded, naming it, and appends nothing', async () => {
      const [first, ...rest] = materials();
      const missing = { ...first!, sha256: sha256Of(Buffer.from('never uploaded')) };
      const answer = await submit({ cycleYear: 2027, application: applicationContent({ materials: [missing, ...rest] }) }).expect(422);
      expect(answer.body).toMatchObject({ code: 'document.not-found', article: '10', details: { field: 'application.materials[0]' } });
      expect(answer.body.detail).toContain('申请报告');
      expect(await t.store.readStream(`platform-${PLATFORM_ID}`)).toEqual([]);
    });

    it('refuses a reference whose size or type differs from the stored document', async () => {
      const [first, ...rest] = materials();
      const answer = await submit({ cycleYear: 2027, application: applicationContent({ materials: [{ ...first!, sizeBytes: first!.sizeBytes + 1 }, ...rest] }) }).expect(422);
      expect(answer.body.code).toBe('document.mismatch');
    });

    it("refuses another platform's document, even when its hash is known", async () => {
      const pdf = minimalPdf('uploaded by gz-rj-0002 only');
      const other = await t.token('applicant', { platformId: OTHER_PLATFORM });
      const ref = (await upload(other, pdf, 'theirs.pdf').expect(201)).body as { name: string; sha256: string; sizeBytes: number; mediaType: string; location: string };
      const [first, ...rest] = materials();
      const answer = await submit({ cycleYear: 2027, application: applicationContent({ materials: [{ ...ref, code: first!.code }, ...rest] }) }).expect(403);
      expect(answer.body.code).toBe('document.not-attachable');
    });

    it('accepts uploaded documents, keeps the references in the event, and lets the county read them', async () => {
      const pdf = minimalPdf('the real application report');
      const ref = (await upload(applicant, pdf, '申请报告.pdf').expect(201)).body as { name: string; sha256: string; sizeBytes: number; mediaType: string; location: string };
      const [first, ...rest] = materials();
      await submit({ cycleYear: 2027, application: applicationContent({ materials: [{ ...ref, code: first!.code }, ...rest] }) }).expect(201);
      const [event] = await t.store.readStream(`platform-${PLATFORM_ID}`);
      expect((event!.data as { application: { materials: { sha256: string }[] } }).application.materials[0]!.sha256).toBe(ref.sha256);
      await t.http.get(`/api/v1/documents/${ref.sha256}`).set('Authorization', `Bearer ${county}`).expect(200);
    });

    it('refuses a recommendation form that was never uploaded (Art. 9)', async () => {
      const form = { name: '推荐表.pdf', sha256: sha256Of(Buffer.from('no form')), sizeBytes: 1000, mediaType: 'application/pdf', location: '/x' };
      const answer = await t.http
        .post(`/api/v1/platforms/${PLATFORM_ID}/recommend-platform`)
        .set('Authorization', `Bearer ${county}`)
        .send({ countyEvaluation: countyEvaluation(), recommendationForm: form });
      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({ code: 'document.not-found', article: '9', details: { field: 'recommendationForm' } });
    });
  });
});

describe('documents over HTTP on S3 (versitygw)', () => {
  let t: TestApp;
  let staging: string;
  let bucket: Awaited<ReturnType<typeof s3TestBucket>>;
  beforeAll(async () => {
    staging = mkdtempSync(join(tmpdir(), 'certflow-s3-e2e-'));
    bucket = await s3TestBucket(staging);
    t = await startTestApp('sqlite', at('2027-03-02'), { documents: bucket.store, documentLimits: LIMITS });
  });
  afterAll(async () => {
    await t?.close();
    await bucket?.drop().catch(() => undefined);
    rmSync(staging, { recursive: true, force: true });
  });

  it('uploads to the bucket and reads back the same bytes', async () => {
    const applicant = await t.token('applicant', { platformId: PLATFORM_ID });
    const pdf = minimalPdf('kept in S3');
    const answer = await t.http.post('/api/v1/documents').set('Authorization', `Bearer ${applicant}`).attach('file', pdf, 'a.pdf').expect(201);
    expect(await bucket.keys(`documents/${answer.body.sha256}`)).toEqual([`documents/${sha256Of(pdf)}`]);
    const got = await t.http.get(answer.body.location).set('Authorization', `Bearer ${applicant}`).expect(200);
    expect(got.headers['content-length']).toBe(String(pdf.length));
  });
});

describe('documents when the S3 server does not answer', () => {
  let t: TestApp;
  let staging: string;
  beforeAll(async () => {
    staging = mkdtempSync(join(tmpdir(), 'certflow-s3-down-'));
    // A port nothing listens on stands for a stopped S3 server.
    const documents = new S3DocumentStore({ endpoint: 'http://127.0.0.1:9', region: 'us-east-1', bucket: 'gone', accessKeyId: 'x', secretAccessKey: 'y', stagingFolder: staging });
    t = await startTestApp('sqlite', at('2027-03-02'), { documents, documentLimits: LIMITS, seedDocuments: false });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(staging, { recursive: true, force: true });
  });

  it('answers 503 problem+json, keeps no staged bytes, and refuses commands attaching documents alike', async () => {
    const applicant = await t.token('applicant', { platformId: PLATFORM_ID });
    const answer = await t.http.post('/api/v1/documents').set('Authorization', `Bearer ${applicant}`).attach('file', minimalPdf('nowhere to go'), 'a.pdf').expect(503);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.body.code).toBe('document.store-unavailable');
    expect(readdirSync(staging)).toEqual([]);
    const city = await t.token('city');
    await t.http
      .post('/api/v1/cycles/2027/open-cycle')
      .set('Authorization', `Bearer ${city}`)
      .send({ rulesetId: 'ganzhou-2013', noticeTitle: '2027年度认定通知', applicationDeadline: '2027-04-30', recheckMaterialsDeadline: '2027-05-31', reviewDeadline: '2027-07-31' })
      .expect(201);
    const submitted = await t.http
      .post(`/api/v1/platforms/${PLATFORM_ID}/submit-application`)
      .set('Authorization', `Bearer ${applicant}`)
      .send({ cycleYear: 2027, application: applicationContent() });
    expect(submitted.status).toBe(503);
    expect(submitted.body.code).toBe('document.store-unavailable');
    expect(await t.store.readStream(`platform-${PLATFORM_ID}`)).toEqual([]);
  });
});
