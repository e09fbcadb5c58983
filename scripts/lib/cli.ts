import { EnvError } from '@qn/config';

/** Prints a message for the operator and exits non-zero. */
export function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

/** Errors whose message is the whole story for an operator; anything else shows its stack. */
const EXPECTED = new Set(['EnvError', 'EditorError', 'UnknownPortalsError', 'CmsError', 'MeiliBinaryError']);

/** Entry points call this so an invalid environment or input is reported once, readably. */
export function reportFatal(error: unknown): never {
  if (error instanceof EnvError || EXPECTED.has((error as Error | null)?.name ?? '')) fail((error as Error).message);
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
