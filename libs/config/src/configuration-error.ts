import { CertflowError } from '@certflow/errors';

/** A variable that stops the process at start. Its message is one line, fit to print without a stack. */
export class ConfigurationError extends CertflowError {
  constructor(
    message: string,
    /** The variables at fault, for a caller that wants to point at them. */
    readonly variables: readonly string[] = [],
  ) {
    super('config.invalid', { zh: message, en: message });
  }
}
