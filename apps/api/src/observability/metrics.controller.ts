import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/auth.guard.js';
import { Unlimited } from '../http/rate-limit.js';
import { OBSERVABILITY, type Observability } from './observability.js';

/** Prometheus text format for the bureau's Prometheus; public like /health, and never rate limited. */
@ApiExcludeController()
@Public()
@Unlimited()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(OBSERVABILITY) private readonly observability: Observability) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Res() response: { type(contentType: string): { send(body: string): void } }): Promise<void> {
    const { metrics } = this.observability;
    response.type(metrics.contentType).send(await metrics.render());
  }
}
