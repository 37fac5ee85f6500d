/** A failure the user can act on: printed as one line, without a stack. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    /** 2 for a bad command line, as for a parse error; 1 for a failure of the work itself. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** What the command asks of the process when its action is done. */
export interface Outcome {
  exitCode: number;
  /** A server: the process lives on after the action returns. */
  keepRunning: boolean;
}
