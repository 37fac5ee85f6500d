/**
 * What kind of failure an error is, and so its HTTP status and default title. The domain speaks
 * of kinds, never of statuses: `malformed` is input that cannot be true whatever the measures
 * say (a platform established after it applied), `invalid` is well-formed input the measures
 * do not accept, `conflict` is a refusal in the current state.
 */
export const KINDS = {
  malformed: { status: 400, title: 'Bad request' },
  unauthenticated: { status: 401, title: 'Unauthenticated' },
  forbidden: { status: 403, title: 'Not allowed' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Refused' },
  'too-large': { status: 413, title: 'Body too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  invalid: { status: 422, title: 'Not acceptable under the measures' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'headers-too-large': { status: 431, title: 'Headers too large' },
  internal: { status: 500, title: 'Internal error' },
  unavailable: { status: 503, title: 'Unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorKind = keyof typeof KINDS;
