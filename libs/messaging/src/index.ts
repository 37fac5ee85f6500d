export * from './contract.js';
export * from './mapping.js';
export * from './integration-mapper.js';
export * from './kafka-message.js';
export * from './kafka/kafka-client.js';
export * from './kafka/kafka-publisher.js';
