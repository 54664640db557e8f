export interface PngLegendItem {
  color: string;
  label: string;
  count: number;
}

export interface PngContent {
  title: string;
  lines: string[];
  legendTitle: string;
  legend: PngLegendItem[];
  attribution: string;
}

const WIDTH = 1600;
const SIDE = 380;
const HEAD = 120;
const FOOT = 50;

/** Lines of `text` no wider than `width` in the context's font, broken at spaces. */
function wrap(g: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && g.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return [...lines, line];
}

/**
 * The map as a PNG for reports: the map image, a title with the filters and the date, the
 * legend, and the attribution the licences ask for. Text is drawn with fillText: never HTML.
 */
export function composeMapPng(map: HTMLCanvasElement, content: PngContent): Promise<Blob> {
  const mapWidth = WIDTH - SIDE;
  const mapHeight = Math.round((map.height / map.width) * mapWidth);
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEAD + Math.max(mapHeight, 420) + FOOT;
  const g = canvas.getContext('2d');
  if (!g) return Promise.reject(new Error('no 2D canvas'));
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#16325c';
  g.font = '600 34px system-ui, sans-serif';
  g.fillText(content.title, 32, 52);
  g.fillStyle = '#1b1e23';
  g.font = '20px system-ui, sans-serif';
  for (const [i, line] of content.lines.entries()) g.fillText(line, 32, 84 + i * 26, WIDTH - 64);
  g.drawImage(map, 0, HEAD, mapWidth, mapHeight);
  g.strokeStyle = '#d7dce2';
  g.strokeRect(0.5, HEAD + 0.5, mapWidth - 1, mapHeight - 1);
  g.font = '600 22px system-ui, sans-serif';
  g.fillText(content.legendTitle, mapWidth + 24, HEAD + 32);
  g.font = '18px system-ui, sans-serif';
  let y = HEAD + 64;
  for (const item of content.legend) {
    g.fillStyle = item.color;
    g.fillRect(mapWidth + 24, y - 14, 26, 16);
    g.strokeStyle = 'rgba(0,0,0,0.3)';
    g.strokeRect(mapWidth + 24.5, y - 13.5, 25, 15);
    g.fillStyle = '#1b1e23';
    // A long label wraps at its spaces rather than being squeezed into the column by fillText.
    for (const line of wrap(g, `${item.label} (${item.count})`, SIDE - 80)) {
      g.fillText(line, mapWidth + 60, y);
      y += 24;
    }
    y += 12;
  }
  g.fillStyle = '#5b6470';
  g.font = '15px system-ui, sans-serif';
  g.fillText(content.attribution, 32, canvas.height - 20, WIDTH - 64);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG failed'))), 'image/png'),
  );
}
