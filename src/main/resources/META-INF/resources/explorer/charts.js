// Charts drawn by uPlot (a WebJar, imported as an ES module): a line per series, sized to their container and
// redrawn when it changes size (phone or desktop).
import uPlot from '../webjars/uplot/dist/uPlot.esm.js';

const charts = new Map(); // container -> uPlot
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A label under each month that has room for one: 'Sep 2025', none closer than 64 px to the one before. */
function monthLabels(u, splits) {
  let last = -Infinity;
  return splits.map(s => {
    const x = u.valToPos(s, 'x');
    if (x - last < 64) return null;
    last = x;
    return monthName(s);
  });
}

/** 'Sep 2025' for a month's first second (UTC). */
function monthName(seconds) {
  const d = new Date(seconds * 1000);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Seconds since the epoch at midnight UTC of a day (YYYY-MM-DD) or the first of a month (YYYY-MM). */
export function epochSeconds(day) {
  return Date.parse(day.length === 7 ? `${day}-01T00:00:00Z` : `${day}T00:00:00Z`) / 1000;
}

function width(container) {
  return Math.max(240, Math.floor(container.getBoundingClientRect().width));
}

/**
 * Draws one series (x in epoch seconds, y values) in the container, replacing what was there.
 * bars: draw bars (monthly totals) rather than a line with points (a daily series).
 */
export function draw(container, { xs, ys, label, color = '#1f6feb', bars = false, monthly = false, format = v => v }) {
  charts.get(container)?.destroy();
  const options = {
    width: width(container),
    height: 220,
    // bars stand on zero; a daily series keeps its own range, so that small moves of a rate show
    scales: {
      // bars get half a month of room at each end, so that the first and last are drawn whole
      x: bars ? { time: true, range: (u, min, max) => [min - 16 * 86400, max + 16 * 86400] } : { time: true },
      y: bars ? { range: (u, min, max) => [0, max > 0 ? max * 1.1 : 1] } : { auto: true },
    },
    legend: { live: true },
    cursor: { drag: { x: false, y: false } },
    axes: [
      monthly
        ? { splits: u => u.data[0], values: monthLabels }
        : {},
      { size: 70, values: (u, splits) => splits.map(format) },
    ],
    series: [
      { value: (u, v) => v == null ? '–' : new Date(v * 1000).toISOString().slice(0, monthly ? 7 : 10) },
      {
        label,
        stroke: color,
        width: 2,
        fill: bars ? color + '55' : color + '18',
        points: { show: true, size: 6 },
        paths: bars ? uPlot.paths.bars({ size: [0.6, 60] }) : undefined,
        value: (u, v) => v == null ? '–' : format(v),
      },
    ],
  };
  const plot = new uPlot(options, [xs, ys], container);
  charts.set(container, plot);
  return plot;
}

const resized = new ResizeObserver(entries => {
  for (const entry of entries) {
    const plot = charts.get(entry.target);
    if (plot) plot.setSize({ width: width(entry.target), height: 220 });
  }
});

export function follow(container) {
  resized.observe(container);
}

export function clear(container) {
  charts.get(container)?.destroy();
  charts.delete(container);
}
