import { Global, Inject, Module, Optional, type OnApplicationShutdown } from '@nestjs/common';
import { DOCUMENT_STORE, type DocumentStore, type SizeLimits } from '@certflow/documents';

export const DOCUMENT_LIMITS = Symbol('DOCUMENT_LIMITS');

/** Hands the process's document store (or null: a server without one) to every provider, and closes it. */
@Global()
@Module({})
export class DocumentStoreModule implements OnApplicationShutdown {
  constructor(@Optional() @Inject(DOCUMENT_STORE) private readonly store: DocumentStore | null) {}

  static forStore(store: DocumentStore | undefined, limits: SizeLimits) {
    return {
      module: DocumentStoreModule,
      providers: [
        { provide: DOCUMENT_STORE, useValue: store ?? null },
        { provide: DOCUMENT_LIMITS, useValue: limits },
      ],
      exports: [DOCUMENT_STORE, DOCUMENT_LIMITS],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store?.close();
  }
}
