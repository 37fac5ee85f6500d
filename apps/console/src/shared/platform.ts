import type { PlatformEvent } from '@certflow/domain';
import { api, must, type Schemas } from '../api/client';

export type PlatformView = Schemas['PlatformViewDto'];
type EventOf<T extends PlatformEvent['type']> = Extract<PlatformEvent, { type: T }>;

export async function loadPlatform(platformId: string): Promise<PlatformView> {
  return must(api.GET('/api/v1/platforms/{platformId}', { params: { path: { platformId } } }));
}

/**
 * The latest event of a type in a platform's history, as the domain shapes it: the API
 * documents event data as an open object, the domain library is where its shape is declared.
 */
export function latest<T extends PlatformEvent['type']>(view: PlatformView, type: T): EventOf<T>['data'] | undefined {
  const event = [...view.history].reverse().find((recorded) => recorded.type === type);
  return event?.data as EventOf<T>['data'] | undefined;
}
