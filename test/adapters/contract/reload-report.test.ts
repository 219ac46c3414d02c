// The reload reply and admin notices echo what admins wrote in the knowledge files (paths, ids,
// field names): the shared hostile list through every platform's report renderer. The reload
// path end to end (real Bolt, discord.js and the Teams SDK) is in {slack,discord,teams}/reload*.test.ts.
import { describe, expect, it } from 'vitest';
import { renderAdminReport as discordReport } from '../../../src/adapters/discord/admin.js';
import { renderAdminReport as slackReport } from '../../../src/adapters/slack/admin.js';
import { renderAdminReport as teamsReport } from '../../../src/adapters/teams/admin.js';
import { CONTROL_OR_BIDI, stringsIn } from './driver.js';
import { HOSTILE } from './hostile.js';

describe.each(HOSTILE)('GIVEN a reload report quoting %j', (hostile) => {
  // As the core builds it: the headline quotes ids, listed as echoes.
  const report = {
    headline: `Reloaded: 1 note edited (${hostile}).`,
    problems: [`k/notes.yaml:3:5: ${hostile}`],
    echoes: [hostile],
  };

  it('THEN Slack shows the problems in one closed code block, with no control, bidi or mention', () => {
    const message = slackReport(report);
    for (const s of stringsIn(message)) {
      expect(s).not.toMatch(CONTROL_OR_BIDI);
      expect(s).not.toMatch(/<[@!#]/);
    }
    const code = (message.blocks[1] as { text: { text: string } }).text.text;
    expect(code.match(/```/g)).toHaveLength(2);
  });

  it('THEN Discord shows the problems in one closed code block, with no control or bidi character', () => {
    const content = discordReport(report);
    expect(content).not.toMatch(CONTROL_OR_BIDI);
    expect(content.match(/```/g)).toHaveLength(2);
    // Outside the code block (where nothing renders live) no broadcast can show.
    expect(content.split('```')[0]).not.toMatch(/@(everyone|here)\b/);
  });

  it('THEN Teams shows each line as an inert text run: no control, bidi, live link, mention or Markdown', () => {
    const card = teamsReport(report);
    for (const s of stringsIn(card)) {
      expect(s).not.toMatch(CONTROL_OR_BIDI);
      expect(s).not.toMatch(/evil\.example/);
    }
    expect(JSON.stringify(card)).not.toMatch(/"type":"TextBlock"|selectAction/);
    expect(card.body).toHaveLength(2);
  });
});
