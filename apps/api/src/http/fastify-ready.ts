import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

/**
 * Callers (and supertest on getHttpServer()) take an initialised app to be one that answers, as
 * Express is: Fastify answers once its plugins have loaded, at ready(). Bootstrap hooks run at
 * the end of init, after the routes are registered.
 */
@Injectable()
export class FastifyReady implements OnApplicationBootstrap {
  constructor(private readonly adapter: HttpAdapterHost) {}

  async onApplicationBootstrap(): Promise<void> {
    await (this.adapter.httpAdapter.getInstance() as FastifyInstance).ready();
  }
}
