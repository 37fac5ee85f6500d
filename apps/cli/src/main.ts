#!/usr/bin/env node
import 'reflect-metadata';
import { CommanderError } from 'commander';
import { EventStoreError } from '@certflow/event-store';
import { CliError, type Outcome } from './cli-error.js';
import { buildProgram } from './program.js';

/** Exit status of a bad command line, as most Unix tools answer it. */
const USAGE_EXIT = 2;

async function main(argv: readonly string[]): Promise<void> {
  const outcome: Outcome = { exitCode: 0, keepRunning: false };
  const program = buildProgram(outcome);
  if (argv.length === 0) {
    program.outputHelp();
    process.exit(0);
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    process.exit(failure(error));
  }
  if (!outcome.keepRunning) process.exit(outcome.exitCode);
}

/** Prints a failure and answers the exit status: one line for anything the user can act on. */
function failure(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has printed the help or its one-line message already; help asked for is a success.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    if (error.code === 'commander.help' && error.exitCode === 0) return 0;
    return USAGE_EXIT;
  }
  if (error instanceof CliError) {
    console.error(`error: ${error.message}`);
    return error.exitCode;
  }
  if (error instanceof EventStoreError || (error instanceof Error && (error.name === 'DemoError' || error.name === 'ConfigurationError'))) {
    console.error(`error: ${error.message}`);
    return 1;
  }
  console.error(error);
  return 1;
}

await main(process.argv.slice(2));
