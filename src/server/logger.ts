// Structured JSON logs (pino). Requests are logged by route pattern, never by raw URL or body,
// so search terms, names and ids typed by people do not reach the logs.
import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { app: 'kakehashi' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', '*.password', '*.passportNumber'], censor: '[redacted]' },
  });
}
