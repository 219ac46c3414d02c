// Text bar charts for rankings and trends: readable in a terminal and in a monospace block.

const BAR_WIDTH = 24;
const FULL = '█';
const PARTS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** One line per row: padded label, a bar scaled to the largest value, the value as shown. */
export function barChart(rows: { label: string; value: number; shown: string }[]): string[] {
  if (rows.length === 0) return [];
  const max = Math.max(...rows.map((r) => r.value), 0);
  const labelWidth = Math.min(32, Math.max(...rows.map((r) => r.label.length)));
  return rows.map((r) => {
    const label = r.label.length > labelWidth ? `${r.label.slice(0, labelWidth - 1)}…` : r.label.padEnd(labelWidth);
    return `${label} ${bar(max > 0 ? r.value / max : 0)} ${r.shown}`.trimEnd();
  });
}

function bar(fraction: number): string {
  const eighths = Math.round(fraction * BAR_WIDTH * 8);
  return FULL.repeat(Math.floor(eighths / 8)) + PARTS[eighths % 8]!;
}
