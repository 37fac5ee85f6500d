/** The relay's checkpoint: one per topic, so a new topic is filled from the start of the log. */
export const relayCheckpointName = (topic: string) => `relay:${topic}`;
