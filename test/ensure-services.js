// Runs before `npm test`: when the suites' servers are neither configured nor answering,
// starts them with deploy/local/up.sh, so that a fresh clone needs no other step.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const servicesFile = join(root, 'deploy', 'local', '.state', 'services.env');
const services = [
  { variable: 'DATABASE_URL', port: 5432 },
  { variable: 'MONGODB_URL', port: 27017 },
  { variable: 'KAFKA_BROKERS', port: 9092 },
  { variable: 'S3_ENDPOINT', port: 7070 },
];

function answers(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const missing = services.filter(({ variable }) => !process.env[variable]);
if (missing.length > 0) {
  const open = await Promise.all(missing.map(({ port }) => answers(port)));
  if (!open.every(Boolean) || !existsSync(servicesFile)) {
    const names = missing.map(({ variable }) => variable).join(', ');
    console.log(`[npm test] ${names} not set and not all local services answer: running deploy/local/up.sh`);
    const result = spawnSync('bash', [join(root, 'deploy', 'local', 'up.sh')], { stdio: 'inherit' });
    if (result.status !== 0) {
      console.error('[npm test] deploy/local/up.sh failed; the integration suites need PostgreSQL, Kafka, FerretDB and an S3 server (versitygw).');
      console.error('[npm test] Fix the error above, or set DATABASE_URL, MONGODB_URL, KAFKA_BROKERS and S3_ENDPOINT (with S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY) to running servers.');
      process.exit(result.status ?? 1);
    }
  }
}
