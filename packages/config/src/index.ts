export { DEV_ONLY, EnvError, loadEnv, parseEnv, REPO_ROOT, type EnvProblem, type PlatformConfig } from './env.ts';
export { createLog, type Log, type LogLevel } from './log.ts';
