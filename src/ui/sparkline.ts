const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 260;
const HEIGHT = 56;

export interface ChartLine {
  label: string;
  values: readonly number[];
  /** A CSS class for the line's colour. */
  tone: string;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value);
  return element;
}

/** "1.2k", "35", "0.4": short enough for a chart's corner. */
export function shortNumber(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6) return `${(value / 1e6).toFixed(1)}M`;
  if (magnitude >= 1e3) return `${(value / 1e3).toFixed(1)}k`;
  if (magnitude >= 10 || Number.isInteger(value)) return String(Math.round(value));
  return value.toFixed(1);
}

/** The points of a line scaled into the chart's box, the highest value at the top. */
export function linePoints(values: readonly number[], max: number): string {
  const step = values.length > 1 ? WIDTH / (values.length - 1) : 0;
  return values.map((value, index) => `${(index * step).toFixed(1)},${(HEIGHT - 2 - (max > 0 ? value / max : 0) * (HEIGHT - 4)).toFixed(1)}`).join(' ');
}

/**
 * A small line chart drawn as SVG: one or more series over the run, the peak in the corner,
 * and the same facts in words for screen readers.
 */
export function sparkline(id: string, title: string, unit: string, lines: readonly ChartLine[], durationSeconds: number): HTMLElement {
  const max = Math.max(0, ...lines.flatMap((line) => line.values));
  const peaks = lines.map((line) => `${line.label} peak ${shortNumber(Math.max(0, ...line.values))}${unit}`).join(', ');
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'sparkline', role: 'img', 'aria-label': `${title} over ${Math.round(durationSeconds)} s: ${peaks}` });
  chart.append(svg('line', { x1: '0', y1: String(HEIGHT - 1), x2: String(WIDTH), y2: String(HEIGHT - 1), class: 'sparkline-axis' }));
  for (const line of lines) chart.append(svg('polyline', { points: linePoints(line.values, max), class: `sparkline-line ${line.tone}`, 'data-series': line.label }));
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.dataset.chart = id;
  figure.dataset.peak = String(max);
  const caption = document.createElement('figcaption');
  const name = document.createElement('span');
  name.textContent = title;
  const legend = document.createElement('span');
  legend.className = 'chart-legend';
  for (const line of lines) {
    const key = document.createElement('span');
    key.className = `chart-key ${line.tone}`;
    key.textContent = line.label;
    legend.append(key);
  }
  const peak = document.createElement('span');
  peak.className = 'chart-peak';
  peak.textContent = `max ${shortNumber(max)}${unit}`;
  caption.append(name, legend, peak);
  figure.append(caption, chart);
  return figure;
}
