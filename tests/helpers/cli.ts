import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '@qn/config';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Both streams, in the order they arrived. */
  out: string;
}

/** Runs `scripts/<script>` as `npm run …` does, with the given environment (this process's by default). */
export function runScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', script), ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const result: CliResult = { code: null, stdout: '', stderr: '', out: '' };
    child.stdout.on('data', (chunk: Buffer) => {
      result.stdout += chunk.toString();
      result.out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      result.stderr += chunk.toString();
      result.out += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ ...result, code }));
  });
}
