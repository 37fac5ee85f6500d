import type { INestApplication } from '@nestjs/common';
import compression from 'compression';
import express from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

type Request = { method: string; path: string };
type Response = { sendFile(path: string, options: { headers: Record<string, string> }): void };

/**
 * The web console's built files (Vite output): the public registry at `/` (and a platform's
 * public page under `/p/`), the console under `/console/`. Both are single-page apps, so a
 * deep link such as `/console/city/review` answers the page's index.html and the router takes
 * over. Served behind helmet like every answer: Vite emits no inline script, so the CSP holds.
 */
export function serveConsoleFiles(app: INestApplication, folder: string): boolean {
  if (!existsSync(join(folder, 'index.html'))) return false;
  // Gzip for the page and its bundles (a third of their size on a slow county network); the API's
  // JSON answers are left as they are.
  const gzip = compression();
  app.use(/^\/(assets\/.*|console(\/.*)?|p\/[^/]+)?$/, gzip);
  // Hashed file names under assets/ never change content: cache them for a year.
  app.use(
    '/assets',
    express.static(join(folder, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  const page = (file: string) => (request: Request, response: Response, next: () => void) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    // index.html names the hashed bundles of this build: always revalidated.
    response.sendFile(join(folder, file), { headers: { 'Cache-Control': 'no-cache' } });
  };
  app.use(/^\/console(\/.*)?$/, page('console/index.html'));
  app.use(/^\/p\/[^/]+$/, page('index.html'));
  app.use(/^\/$/, page('index.html'));
  return true;
}
