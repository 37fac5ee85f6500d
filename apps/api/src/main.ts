import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { EventStore } from '@certflow/event-store';
import { AppModule } from './app.module.js';

export async function createApp(store: EventStore): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.register(store), { logger: ['error', 'warn'] });
  app.enableShutdownHooks();
  return app;
}
