import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { serviceSetting, serviceUnreachable } from '@certflow/testing';

// Later issues publish to Kafka and keep read models in MongoDB; these prove once that the
// servers deploy/local starts really answer their protocols.
describe('local services', () => {
  it('Kafka (KRaft) takes a message and hands it back to a consumer group', async () => {
    const brokers = serviceSetting('KAFKA_BROKERS').split(',');
    const kafka = new Kafka({ clientId: 'certflow-infra-test', brokers, logLevel: logLevel.NOTHING, retry: { retries: 3 } });
    const topic = `certflow-infra-${randomUUID()}`;
    const admin = kafka.admin();
    await admin.connect().catch((error: unknown) => {
      throw serviceUnreachable('KAFKA_BROKERS', brokers.join(','), error);
    });
    const producer = kafka.producer({ idempotent: true });
    const consumer = kafka.consumer({ groupId: `${topic}-group` });
    try {
      await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
      await producer.connect();
      await producer.send({ topic, messages: [{ key: 'platform-1', value: '平台已认定' }] });
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      const received = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no message within 30 s')), 30_000);
        void consumer.run({
          eachMessage: async ({ message }) => {
            clearTimeout(timer);
            resolve(`${message.key?.toString()}:${message.value?.toString()}`);
          },
        });
      });
      expect(received).toBe('platform-1:平台已认定');
    } finally {
      await consumer.disconnect();
      await producer.disconnect();
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await admin.disconnect();
    }
  }, 60_000);

  it('the MongoDB-compatible server stores, indexes and finds a document', async () => {
    const url = serviceSetting('MONGODB_URL');
    const client = new MongoClient(url, { serverSelectionTimeoutMS: 5000 });
    await client.connect().catch((error: unknown) => {
      throw serviceUnreachable('MONGODB_URL', url, error);
    });
    const db = client.db(`certflow_infra_${randomUUID().slice(0, 8)}`);
    try {
      const registry = db.collection<{ _id: string; name: string; county: string }>('registry');
      await registry.createIndex({ county: 1 });
      await registry.insertOne({ _id: 'platform-1', name: '赣州市中小企业服务平台', county: '360702' });
      await expect(registry.findOne({ county: '360702' })).resolves.toEqual({
        _id: 'platform-1',
        name: '赣州市中小企业服务平台',
        county: '360702',
      });
    } finally {
      await db.dropDatabase();
      await client.close();
    }
  });
});
