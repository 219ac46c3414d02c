// Block Kit size limits (https://docs.slack.dev/reference/block-kit), in one place so the
// renderers truncate against the same numbers Slack enforces.

/** Blocks in one message. */
export const MAX_MESSAGE_BLOCKS = 50;
/** Blocks in a Home tab view. */
export const MAX_HOME_BLOCKS = 100;
/** Characters of a section's text. */
export const MAX_SECTION_TEXT = 3000;
/** Fields in a section, and characters per field. */
export const MAX_FIELDS = 10;
export const MAX_FIELD_TEXT = 2000;
/** Elements in a context block, and characters we allow per element. */
export const MAX_CONTEXT_ELEMENTS = 10;
export const MAX_CONTEXT_TEXT = 2000;
/** Characters of a header block's text. */
export const MAX_HEADER_TEXT = 150;
/** Elements in an actions block. */
export const MAX_ACTIONS = 25;
/** Characters of a button's label and of its value. */
export const MAX_BUTTON_TEXT = 75;
export const MAX_BUTTON_VALUE = 2000;
/** The notification fallback `text`: Slack truncates long ones, so keep it readable. */
export const MAX_FALLBACK_TEXT = 3000;
