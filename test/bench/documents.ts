import type { INestApplication } from '@nestjs/common';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { systemClock } from '@certflow/application';
import { FilesystemDocumentStore, minimalPdf, type DocumentStore, type SizeLimits } from '@certflow/documents';
import { S3DocumentStore } from '../../libs/documents/src/s3/s3-document-store.js';
import { SqliteEventStore, sqliteFile } from '@certflow/event-store';
import { createApp, loadOrCreateSigningKey, mintToken } from '@certflow/composition';
import { benchLogger, benchSetting } from './settings.js';

const MIB = 1024 * 1024;
const FILE_MB = 64;

/** The bytes of bench file `index`: a PDF head, then `megabytes` MiB that differ per file and per MiB. */
function fileBytes(index: number, megabytes: number): { stream: () => Readable; size: number } {
  const head = minimalPdf(`certflow documents bench, file ${index}`);
  return {
    size: head.length + megabytes * MIB,
    stream: () =>
      Readable.from(
        (function* () {
          yield head;
          const chunk = Buffer.alloc(MIB, 0x20 + (index % 90));
          for (let mb = 0; mb < megabytes; mb += 1) {
            // Each MiB stamped with its file and place, so no two files share content.
            chunk.writeUInt32LE(index, 0);
            chunk.writeUInt32LE(mb, 4);
            yield Buffer.from(chunk);
          }
        })(),
        { objectMode: false },
      ),
  };
}

function uploadOverHttp(base: string, token: string, content: Readable): Promise<number | undefined> {
  const boundary = 'certflow-bench';
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${base}/api/v1/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    request.on('error', reject);
    request.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    content.on('error', reject);
    content.on('end', () => request.end(`\r\n--${boundary}--\r\n`));
    content.pipe(request, { end: false });
  });
}

interface Peer {
  readonly name: string;
  put(index: number, file: ReturnType<typeof fileBytes>): Promise<void>;
}

async function measure(files: number, megabytes: number, put: (index: number) => Promise<void>) {
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = process.hrtime.bigint();
  try {
    for (let index = 0; index < files; index += 1) await put(index);
  } finally {
    clearInterval(sampler);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { mbPerSecond: (files * megabytes) / seconds, seconds, peak };
}

/**
 * `npm run bench -- documents`: upload throughput through POST /api/v1/documents (multipart,
 * streamed, checked, hashed, stored) against writing the same bytes straight to the same store's
 * backend: a PutObject with the same SDK for S3, a write and fsync for the file system.
 */
export async function documentsBench({ json, log }: { json: boolean; log: (line: string) => void }): Promise<void> {
  const totalMb = Number(process.env.BENCH_DOCUMENTS_MB ?? 1024);
  const files = Math.max(1, Math.round(totalMb / FILE_MB));
  const megabytes = Math.max(1, Math.round(totalMb / files));
  const folder = mkdtempSync(join(tmpdir(), 'certflow-bench-documents-'));
  const limits: SizeLimits = { 'application/pdf': (megabytes + 1) * MIB };
  try {
    for (const kind of ['filesystem', 's3'] as const) {
      const storeFolder = join(folder, kind);
      let documents: DocumentStore;
      let direct: Peer;
      if (kind === 'filesystem') {
        documents = new FilesystemDocumentStore(join(storeFolder, 'documents'));
        direct = {
          name: 'write+fsync',
          async put(index, file) {
            const path = join(storeFolder, `direct-${index}`);
            await pipeline(file.stream(), createWriteStream(path));
            const handle = await open(path, 'r');
            await handle.sync();
            await handle.close();
          },
        };
      } else {
        const bucket = `certflow-bench-${Date.now().toString(36)}`;
        const s3 = new S3DocumentStore({
          endpoint: benchSetting('S3_ENDPOINT'),
          region: benchSetting('S3_REGION'),
          accessKeyId: benchSetting('S3_ACCESS_KEY_ID'),
          secretAccessKey: benchSetting('S3_SECRET_ACCESS_KEY'),
          bucket,
          stagingFolder: join(storeFolder, 'staging'),
        });
        await s3.s3.send(new CreateBucketCommand({ Bucket: bucket }));
        documents = s3;
        direct = {
          name: 'PutObject',
          async put(index, file) {
            await s3.s3.send(new PutObjectCommand({ Bucket: bucket, Key: `direct/${index}`, Body: file.stream(), ContentLength: file.size, ContentType: 'application/pdf' }));
          },
        };
      }
      const events = new SqliteEventStore({ filename: sqliteFile(storeFolder) });
      const app: INestApplication = await createApp({
        store: events,
        signingKey: loadOrCreateSigningKey(storeFolder),
        clock: systemClock,
        documents,
        documentLimits: limits,
        rateLimits: { anonymousPerMinute: 0, authenticatedPerMinute: 0 },
        apiDocs: false,
        logger: benchLogger(storeFolder),
      });
      await app.listen(0, '127.0.0.1');
      const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
      const token = await mintToken(loadOrCreateSigningKey(storeFolder), { role: 'applicant', platformId: 'gz-bench-001' });
      try {
        // Alternating file by file, so that both meet the same load and the same write-back of
        // the page cache (the machines are shared); each side's time and memory are its own.
        const baseline = process.memoryUsage().rss;
        const directRun = { seconds: 0, peakRssGrowthMb: 0 };
        const apiRun = { seconds: 0, peakRssGrowthMb: 0 };
        for (let index = 0; index < files; index += 1) {
          const d = await measure(1, megabytes, () => direct.put(index, fileBytes(index + files, megabytes)));
          const a = await measure(1, megabytes, async () => {
            const status = await uploadOverHttp(base, token, fileBytes(index, megabytes).stream());
            if (status !== 201) throw new Error(`upload ${index} answered ${status}`);
          });
          directRun.seconds += d.seconds;
          apiRun.seconds += a.seconds;
          directRun.peakRssGrowthMb = Math.max(directRun.peakRssGrowthMb, (d.peak - baseline) / MIB);
          apiRun.peakRssGrowthMb = Math.max(apiRun.peakRssGrowthMb, (a.peak - baseline) / MIB);
        }
        const line = {
          bench: 'documents',
          store: kind,
          files,
          fileMb: megabytes,
          totalMb: files * megabytes,
          apiMbPerSecond: round((files * megabytes) / apiRun.seconds),
          directMbPerSecond: round((files * megabytes) / directRun.seconds),
          peer: direct.name,
          ratio: round(directRun.seconds / apiRun.seconds),
          apiPeakRssGrowthMb: round(apiRun.peakRssGrowthMb),
          target: { ratio: 0.8, peakRssGrowthMb: 64 },
        };
        log(json ? JSON.stringify(line) : `${kind.padEnd(10)} API ${line.apiMbPerSecond} MB/s, ${direct.name} ${line.directMbPerSecond} MB/s (×${line.ratio}); RSS +${line.apiPeakRssGrowthMb} MB over ${line.totalMb} MB`);
      } finally {
        await app.close();
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
