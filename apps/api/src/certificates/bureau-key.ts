import type { TreeHeadSigner } from '@certflow/event-store';
import { CertflowError } from '@certflow/errors';

/** The bureau's key (AppOptions.bureauKey): signs certificates; its public half is what verify trusts. */
export const BUREAU_KEY = Symbol.for('certflow.BureauKey');

export function requireBureauKey(key: TreeHeadSigner | null | undefined): TreeHeadSigner {
  if (!key) throw new CertflowError('certificate.unavailable', undefined);
  return key;
}
