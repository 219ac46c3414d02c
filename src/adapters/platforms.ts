// Every chat platform the bot can run on, in start-up order. Adding one: a folder under
// src/adapters/ whose platform.ts exports a `Platform` (see platform.ts), and one line here.
import { discord } from './discord/platform.js';
import type { Platform } from './platform.js';
import { slack } from './slack/platform.js';
import { teams } from './teams/platform.js';

export const PLATFORMS: readonly Platform[] = [slack, discord, teams];
