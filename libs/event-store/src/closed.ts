import { EventStoreClosedError } from './errors.js';

/**
 * `target` with every method refused as closed (EventStoreClosedError) once `isClosed()` is
 * true: a store's helpers (its transparency log) hold the connection too, and would otherwise
 * answer with the driver's own error about an ended pool or a closed database.
 */
export function refusingOnceClosed<T extends object>(target: T, isClosed: () => boolean): T {
  return new Proxy(target, {
    get(object, key) {
      // The log itself as `this`: a getter reading a #private field would throw on the proxy.
      const value: unknown = Reflect.get(object, key, object);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown =>
        isClosed() ? Promise.reject(new EventStoreClosedError()) : (value as (...a: unknown[]) => unknown).apply(object, args);
    },
  });
}
