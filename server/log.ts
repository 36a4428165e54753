// Structured JSON logs. Never log reporter data (text, contacts, places): log ids and counts.
import pino from 'pino';
import { envSetting } from './config/env';

export const logger = pino({
  level: envSetting('LOG_LEVEL'),
  base: { service: 'raspa' },
  redact: { paths: ['*.contact', '*.text', '*.password', '*.email', 'req.headers.cookie', 'req.headers.authorization'], remove: true },
  timestamp: pino.stdTimeFunctions.isoTime,
});

export type Logger = typeof logger;
