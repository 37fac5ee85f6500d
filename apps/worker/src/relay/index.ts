export { relayCheckpointName } from './checkpoint-name.js';
export { startRelay, type RelayOptions, type RelaySettings, type RelayStatus, type RunningRelay } from './relay.js';
