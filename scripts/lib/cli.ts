import { EnvError } from '@qn/config';

/** Prints a message for the operator and exits non-zero. */
export function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

/** Entry points call this so an invalid environment is reported once, readably. */
export function reportFatal(error: unknown): never {
  if (error instanceof EnvError) fail(error.message);
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
