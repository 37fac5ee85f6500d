/** The part of Fastify's router this needs: whether a method and a concrete path find a route. */
interface Router {
  findRoute(options: { method: string; url: string }): unknown;
}

/** The methods the API's controllers use; Fastify answers HEAD wherever GET is. */
const METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'] as const;

/**
 * Methods the routes matching `path` answer, so that a wrong method gets 405 with `Allow`
 * instead of the 404 an unknown path gets. Empty when no route matches.
 */
export function allowedMethods(fastify: unknown, path: string): string[] {
  const router = fastify as Router | undefined;
  if (!router?.findRoute) return [];
  return METHODS.filter((method) => router.findRoute({ method, url: path }) !== null);
}
