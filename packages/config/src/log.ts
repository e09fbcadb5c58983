import { pino, type DestinationStream, type Logger } from 'pino';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export const LOG_FORMATS = ['json', 'text'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** What long-running processes (publisher, dispatcher) log through: a level, a message, optional fields. */
export interface Log {
  (message: string, level?: LogLevel, fields?: Record<string, unknown>): void;
  readonly logger: Logger;
}

const TIME = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh' });

/** One readable line per record for a terminal: time, level (when not info), [name], message. */
function readableLines(write: (line: string) => void): DestinationStream {
  return {
    write(json: string) {
      const { time, level, name, msg, ...fields } = JSON.parse(json) as { time: string; level: string; name: string; msg: string } & Record<string, unknown>;
      delete fields.pid;
      delete fields.hostname;
      const extra = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
      write(`${TIME.format(new Date(time))} ${level === 'info' ? '' : `${level.toUpperCase()} `}[${name}] ${msg}${extra}\n`);
    },
  };
}

/**
 * A pino logger: JSON lines with level and ISO time for log collectors
 * (`LOG_FORMAT=json`, the default in production), or one readable line per
 * record on a terminal. `LOG_LEVEL` sets the threshold (default info).
 */
export function createLog(name: string, env: Record<string, string | undefined> = process.env): Log {
  const format = env.LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'text');
  // loadEnv() refuses other values; a process that never called it still gets a sane default.
  const level = LOG_LEVELS.find((l) => l === env.LOG_LEVEL) ?? 'info';
  const options = { name, level, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label: string) => ({ level: label }) } };
  const logger = format === 'json' ? pino(options) : pino(options, readableLines((line) => process.stdout.write(line)));
  const log = ((message: string, lvl: LogLevel = 'info', fields: Record<string, unknown> = {}) => logger[lvl](fields, message)) as Log;
  Object.defineProperty(log, 'logger', { value: logger });
  return log;
}
