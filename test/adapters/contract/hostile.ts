// One shared list of hostile strings, sent through every echo path on every platform: markup,
// links (masked and bare), mentions and channel chips of each platform, quotes, controls, bidi.
// Every one carries the marker domain evil.example, so a live link to it is easy to spot.

export const HOSTILE: readonly string[] = [
  '[Official policy](https://evil.example/a) Kent',
  'https://evil.example/b and www.evil.example',
  '<@123456> <@&654321> <#999999> @everyone @here evil.example',
  '<!channel> <@U0EVIL> <#C0EVIL|general> <https://evil.example|click> #general',
  '*bold* _italic_ ~strike~ `code` **loud** evil.example',
  '> quoted\n>>> block quote evil.example',
  'reversed \u202Eelpmaxe.live\u202C and \u2066isolated\u2069 evil.example',
  'bell\u0007 nul\u0000 escape\u001b[31mred\u001b[0m evil.example',
];

/** Where hostile text would become live on any platform: the marker domain with a plain dot. */
export const LIVE_MARKER = /evil\.example/;
