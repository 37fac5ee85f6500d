import autocannon from 'autocannon';

export interface GetRound {
  readonly url: string;
  readonly paths: readonly string[];
  readonly connections: number;
  readonly seconds: number;
  readonly headers?: Record<string, string>;
}

/**
 * GETs cycling through the paths, for a fixed time. Every request goes through setupRequest, so
 * two rounds compared with each other cost the load generator the same. A failed request fails
 * the round: a ratio over errors would flatter whichever side errs faster.
 */
export async function getRound(round: GetRound): Promise<autocannon.Result> {
  let next = 0;
  const result = await autocannon({
    url: round.url,
    connections: round.connections,
    duration: round.seconds,
    ...(round.headers ? { headers: round.headers } : {}),
    requests: [
      {
        method: 'GET',
        setupRequest: (request: autocannon.Request) => {
          const path = round.paths[next % round.paths.length]!;
          next += 1;
          return { ...request, path };
        },
      },
    ],
  });
  // autocannon resolves at its deadline with requests still on the wire; let them land.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) {
    const target = round.paths.length === 1 ? round.paths[0] : `${round.paths.length} paths`;
    throw new Error(`${failed} of ${result.requests.sent} requests to ${target} failed (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`);
  }
  if (result.requests.total === 0) throw new Error(`no request to ${round.paths[0]} completed`);
  return result;
}
