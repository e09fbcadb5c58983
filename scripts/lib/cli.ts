import { parseArgs } from 'node:util';
import { EnvError } from '@qn/config';

/** Prints a message for the operator and exits non-zero. */
export function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

/** Errors whose message is the whole story for an operator; anything else shows its stack. */
const EXPECTED = new Set(['EnvError', 'DeployError', 'WebRootError', 'DispatchError', 'EditorError', 'UnknownPortalsError', 'CmsError', 'MeiliBinaryError']);

/** Entry points call this so an invalid environment or input is reported once, readably. */
export function reportFatal(error: unknown): never {
  if (error instanceof EnvError || EXPECTED.has((error as Error | null)?.name ?? '')) fail((error as Error).message);
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
}

type ParseOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/**
 * parseArgs with `--help` (prints `usage`, exits 0) and a one-line message,
 * not a stack trace, for an unknown option, a missing value or a stray word.
 * Runs before anything heavy is loaded, so `--help` answers at once.
 */
export function parseCli<O extends ParseOptions>(options: O, usage: string, argv = process.argv.slice(2)) {
  return parse(options, usage, argv, false);
}

/** parseCli for commands with words of their own (`portals merge …`, `editors import FILE`). */
export function parseCommand<O extends ParseOptions>(options: O, usage: string, argv = process.argv.slice(2)) {
  return parse(options, usage, argv, true);
}

function parse<O extends ParseOptions>(options: O, usage: string, argv: string[], allowPositionals: boolean) {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage.trim());
    process.exit(0);
  }
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    fail(`${(error as Error).message.split('\n')[0]}\n\n${usage.trim()}`);
  }
}
