import { mkdtempSync, rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { documentStoreContract } from '../contract/document-store.contract.js';
import { s3TestBucket } from './s3-test-bucket.js';

documentStoreContract('s3 (versitygw)', async () => {
  const staging = mkdtempSync(join(tmpdir(), 'certflow-s3-staging-'));
  const bucket = await s3TestBucket(staging);
  const { store } = bucket;
  return {
    store,
    async objectCount() {
      return (await bucket.keys('documents/')).length + (await readdir(staging)).length;
    },
    async flipByte(sha256, at) {
      const key = `documents/${sha256}`;
      const answer = await store.s3.send(new GetObjectCommand({ Bucket: bucket.name, Key: key }));
      const bytes = Buffer.from(await text(answer.Body as NodeJS.ReadableStream), 'latin1');
      bytes[at] = bytes[at]! ^ 0xff;
      await store.s3.send(new PutObjectCommand({ Bucket: bucket.name, Key: key, Body: bytes, ContentType: answer.ContentType }));
    },
    async close() {
      await bucket.drop();
      rmSync(staging, { recursive: true, force: true });
    },
  };
});
