import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '@qn/config';

export const WORKFLOWS_DIR = join(REPO_ROOT, '.github', 'workflows');

export interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string | number | boolean>;
  if?: string;
}
interface Job {
  env?: Record<string, string>;
  steps: Step[];
  strategy?: { matrix?: Record<string, unknown[]> };
}
export interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

export function readWorkflow(file: string): Workflow {
  return parse(readFileSync(join(WORKFLOWS_DIR, file), 'utf8')) as Workflow;
}

/** What GitHub would put in the expression contexts the workflows use; anything else is an error, so the test and the file cannot drift apart. */
export interface Contexts {
  vars: Record<string, string>;
  secrets: Record<string, string>;
  inputs?: Record<string, string>;
  matrix?: Record<string, string | number>;
  strategy?: { 'job-total': number };
}

/** Evaluates the `${{ … }}` parts of a value: a context property, optionally `|| 'fallback'`. */
export function evaluate(value: string | number | boolean, contexts: Contexts): string {
  return String(value).replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_whole, expression: string) => {
    const [left, fallback] = expression.split(/\s*\|\|\s*/) as [string, string | undefined];
    const [context, ...path] = left.split('.');
    const source = (contexts as unknown as Record<string, Record<string, unknown> | undefined>)[context!];
    if (!source || path.length !== 1) throw new Error(`the test does not know the expression "${expression}": add it to the test's contexts`);
    const found = source[path[0]!];
    if (found !== undefined && found !== '') return String(found);
    if (fallback === undefined) {
      if (context === 'inputs') return '';
      throw new Error(`the test gives no value for ${left}`);
    }
    const literal = /^'(.*)'$/.exec(fallback);
    if (!literal) throw new Error(`the test does not know the fallback "${fallback}"`);
    return literal[1]!;
  });
}

/** The environment a step runs with: the workflow's, the job's and the step's own `env`, evaluated. */
export function stepEnv(workflow: Workflow, job: string, step: Step, contexts: Contexts): Record<string, string> {
  const merged = { ...workflow.env, ...workflow.jobs[job]!.env, ...step.env };
  return Object.fromEntries(Object.entries(merged).map(([key, value]) => [key, evaluate(value, contexts)]));
}

/** The steps a runner of ours executes: `run:` steps, except installing the dependencies, which the test machine has done. */
export function runSteps(workflow: Workflow, job: string): Step[] {
  const steps = workflow.jobs[job]?.steps;
  if (!steps) throw new Error(`the workflow has no job "${job}"`);
  return steps.filter((step) => step.run !== undefined && !step.run.trim().startsWith('npm ci'));
}

/** Runs one `run:` step as GitHub's Linux runners do (`bash --noprofile --norc -eo pipefail`), from the repository root. */
export function runStep(step: Step, env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, out }));
  });
}
