// The platform-neutral half of showing user text as inert text: control and bidi characters
// made visible, links and mentions broken by look-alikes, and echoes found inside a text.
// Each platform's inert function (slack/escape.ts, discord/escape.ts, cli/render.ts) starts here.

/** Bidi embeddings, overrides, isolates and marks: they can reorder what a reader sees. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** C0 and C1 controls (NUL, BEL, ESC, …), DEL included. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/**
 * Controls as their Unicode "control picture" (NUL → ␀, ESC → ␛, BEL → ␇; C1 and DEL → ␡) and
 * bidi characters as a visible `[U+202E]`, so a terminal or client can neither act on nor
 * hide them. Line breaks and tabs become one space: an echo is one line.
 */
export function visibleControls(text: string): string {
  return text
    .replace(/[\t\n\r\v\f]+/g, ' ')
    .replace(CONTROL, (c) => {
      const code = c.charCodeAt(0);
      return code < 0x20 ? String.fromCharCode(0x2400 + code) : '\u2421';
    })
    .replace(BIDI, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

/**
 * Links broken so no client can make them clickable, reading the same: "://" gets a look-alike
 * colon (꞉, U+A789) and every dot between letters or digits a one-dot leader (․, U+2024), which
 * also stops "example.com" being linked as a bare domain.
 */
export function brokenLinks(text: string): string {
  return text.replace(/:\/\//g, '\uA789//').replace(/(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, '\u2024');
}

/** One piece of a text: either the core's own words or an echo of the asker's. */
export interface Segment {
  text: string;
  echo: boolean;
}

/**
 * `text` cut into the core's words and the asker's `echoes` (answer.echoes), in order, so a
 * renderer escapes the first as usual and makes only the second inert. Longer echoes win.
 */
export function splitEchoes(text: string, echoes: readonly string[] = []): Segment[] {
  const wanted = [...new Set(echoes.filter((e) => e !== ''))].sort((a, b) => b.length - a.length);
  const segments: Segment[] = [];
  let rest = text;
  while (rest !== '') {
    let at = -1;
    let echo = '';
    for (const e of wanted) {
      const i = rest.indexOf(e);
      if (i !== -1 && (at === -1 || i < at)) [at, echo] = [i, e];
    }
    if (at === -1) break;
    if (at > 0) segments.push({ text: rest.slice(0, at), echo: false });
    segments.push({ text: echo, echo: true });
    rest = rest.slice(at + echo.length);
  }
  if (rest !== '') segments.push({ text: rest, echo: false });
  return segments;
}

/** Join `text` with its echoes made inert by `inert` and the rest escaped by `escape`. */
export function renderEchoes(
  text: string,
  echoes: readonly string[] | undefined,
  escape: (s: string) => string,
  inert: (s: string) => string,
): string {
  return splitEchoes(text, echoes)
    .map((s) => (s.echo ? inert(s.text) : escape(s.text)))
    .join('');
}

/**
 * `text` rendered (echoes by `inert`, the rest by `escape`) within `max` characters. When it
 * does not fit, the piece that overflows is cut by `fit` (the platform's escape-aware cut, which
 * marks the cut with "…") with that piece's own function, so a cut echo is still inert.
 */
export function fitWithEchoes(
  text: string,
  echoes: readonly string[] | undefined,
  max: number,
  fns: {
    escape: (s: string) => string;
    inert: (s: string) => string;
    fit: (raw: string, max: number, render: (s: string) => string) => string;
  },
): string {
  let out = '';
  for (const piece of splitEchoes(text, echoes)) {
    const render = piece.echo ? fns.inert : fns.escape;
    const whole = render(piece.text);
    if (out.length + whole.length <= max) {
      out += whole;
      continue;
    }
    return out + fns.fit(piece.text, max - out.length, render);
  }
  return out;
}
