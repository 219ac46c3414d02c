// Test helper: a script that logs two lines (one carrying a token) with createLogger, for
// checking what reaches stderr in each output mode. argv[2] is "pretty" or "json".
import { createLogger } from '../../src/logger.js';

const logger = createLogger('info', process.argv[2] === 'pretty');
logger.info({ notes: 29 }, 'bot ready');
logger.warn({ token: 'xoxb-very-secret' }, 'a token in a field');
logger.flush();
