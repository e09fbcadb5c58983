import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { tailFile } from '@qn/devstack';

/** Runs a Node script to completion with its output in `logFile`; rejects with the log's tail on failure. */
export async function runNode(script: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  await mkdir(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) {
    throw new Error(`${script} failed (exit ${code}). Last lines of ${logFile}:\n${await tailFile(logFile)}`);
  }
}
