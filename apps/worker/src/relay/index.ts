export { relayCheckpointName, startRelay, type RelayOptions, type RelaySettings, type RelayStatus, type RunningRelay } from './relay.js';
