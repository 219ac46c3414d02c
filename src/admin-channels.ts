// The admin channels the bot posts operational notices to (Slack, Discord, both or none), behind
// one `post`: a failed post is logged and never thrown, so one platform cannot silence the other.
import type { ReloadReport } from './core/reload/describe.js';
import type { Logger } from './logger.js';

/** Posts one notice (a reload report) to one platform's admin channel; rejects when the platform refuses. */
export type PostNotice = (notice: ReloadReport) => Promise<void>;

export class AdminChannels {
  private readonly channels: { platform: string; post: PostNotice }[] = [];

  constructor(private readonly logger: Logger) {}

  /** Add a platform's admin channel; `undefined` (no channel configured) is ignored. */
  add(platform: string, post: PostNotice | undefined): void {
    if (post) this.channels.push({ platform, post });
  }

  /** Post `notice` to every admin channel; resolves when all have answered, never rejects. */
  async post(notice: ReloadReport): Promise<void> {
    await Promise.all(
      this.channels.map(async ({ platform, post }) => {
        try {
          await post(notice);
        } catch (err) {
          this.logger.error(
            { err, platform },
            `could not post to the ${platform} admin channel: check its id and that the bot may post there`,
          );
        }
      }),
    );
  }
}
