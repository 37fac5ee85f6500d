/** The parts of Express 5's router this needs: each route layer matches a path and knows its methods. */
interface RouteLayer {
  readonly route?: { readonly methods: Record<string, boolean> };
  match(path: string): boolean;
}

/**
 * Methods the routes matching `path` answer, so that a wrong method gets 405 with `Allow`
 * instead of the 404 an unknown path gets. Empty when no route matches.
 */
export function allowedMethods(express: unknown, path: string): string[] {
  const stack = (express as { router?: { stack?: RouteLayer[] } } | undefined)?.router?.stack ?? [];
  const methods = new Set<string>();
  for (const layer of stack) {
    if (!layer.route || !layer.match(path)) continue;
    for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') methods.add(method.toUpperCase());
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}
