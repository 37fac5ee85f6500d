import { describe, expect, it } from '@jest/globals';
import { tmpdir } from 'node:os';
import type { TransparencyLog } from './transparency-log.js';
import { verifyLogBeside } from './verify-log-thread.js';

describe('verifyLogBeside (issue 12: the tree checked on a thread of its own)', () => {
  it('a thread that starts but cannot check (its store will not open) fails verify with a catalogued error, never a clean report', async () => {
    const local = { heads: () => Promise.reject(new Error('must not run in line once the thread started')) } as unknown as TransparencyLog;
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    const settings = { store: 'postgres', dataDir: tmpdir(), databaseUrl: 'postgres://certflow@127.0.0.1:1/none' } as const;
    await expect(verifyLogBeside(settings, local, { publicKeyPem: undefined })).rejects.toMatchObject({ code: 'audit.tree-check-failed' });
  }, 30_000);
});
