import { randomUUID } from 'node:crypto';
import { CreateBucketCommand, DeleteBucketCommand, DeleteObjectsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { serviceSetting, serviceUnreachable } from '@certflow/testing';
import { S3DocumentStore } from './s3-document-store.js';

/** The S3 settings deploy/local/up.sh wrote (or the environment's). */
export function s3Settings() {
  return {
    endpoint: serviceSetting('S3_ENDPOINT'),
    region: serviceSetting('S3_REGION'),
    accessKeyId: serviceSetting('S3_ACCESS_KEY_ID'),
    secretAccessKey: serviceSetting('S3_SECRET_ACCESS_KEY'),
  };
}

/** A throwaway bucket on the test S3 server, with a store on it; a missing server fails with directions. */
export async function s3TestBucket(stagingFolder: string) {
  const settings = s3Settings();
  const name = `certflow-test-${randomUUID().slice(0, 8)}`;
  const store = new S3DocumentStore({ ...settings, bucket: name, stagingFolder });
  await store.s3.send(new CreateBucketCommand({ Bucket: name })).catch((error: unknown) => {
    throw serviceUnreachable('S3_ENDPOINT', settings.endpoint, error);
  });
  const keys = async (prefix = '') => {
    const found: string[] = [];
    let token: string | undefined;
    do {
      const page = await store.s3.send(new ListObjectsV2Command({ Bucket: name, Prefix: prefix, ContinuationToken: token }));
      found.push(...(page.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : [])));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return found;
  };
  return {
    name,
    store,
    keys,
    async drop() {
      const all = await keys();
      for (let at = 0; at < all.length; at += 1000) {
        await store.s3.send(new DeleteObjectsCommand({ Bucket: name, Delete: { Objects: all.slice(at, at + 1000).map((Key) => ({ Key })) } }));
      }
      await store.s3.send(new DeleteBucketCommand({ Bucket: name }));
      await store.close();
    },
  };
}
