import type { CDPSession, Page } from 'playwright-core';

/**
 * What the screen showed, frame by frame, as the compositor presented it (CDP's screencast): a
 * canvas's drawing buffer can hold the map while the screen shows none of it, a frame after a
 * resize or the first frame a hidden canvas is shown, say.
 */
export async function recordScreen(page: Page): Promise<{ stop: () => Promise<string[]> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const frames: string[] = [];
  cdp.on('Page.screencastFrame', (frame) => {
    frames.push(frame.data);
    void cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => undefined);
  });
  await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
  return {
    stop: async () => {
      await cdp.send('Page.stopScreencast');
      return frames;
    },
  };
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * The share of a box of the page (CSS pixels) that is neither the sea's colour nor white, in a
 * screencast frame: land of any class, or its borders. A bare map is 0.
 */
export const landShare = (page: Page, frame: string, box: Box, sea: string): Promise<number> =>
  page.evaluate(
    async ({ frame, box, sea }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${frame}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) return -1;
      context.drawImage(image, 0, 0);
      const scale = image.width / document.documentElement.clientWidth;
      const [x, y, w, h] = [box.x, box.y, box.width, box.height].map((v) => Math.round(v * scale));
      const pixels = context.getImageData(x ?? 0, y ?? 0, w ?? 1, h ?? 1).data;
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(sea.slice(i, i + 2), 16));
      let counted = 0;
      let land = 0;
      for (let i = 0; i < pixels.length; i += 16) {
        const [pr = 0, pg = 0, pb = 0] = pixels.subarray(i, i + 3);
        counted += 1;
        const white = pr > 245 && pg > 245 && pb > 245;
        if (!white && Math.abs(pr - (r ?? 0)) + Math.abs(pg - (g ?? 0)) + Math.abs(pb - (b ?? 0)) > 40) land += 1;
      }
      return land / counted;
    },
    { frame, box, sea },
  );
