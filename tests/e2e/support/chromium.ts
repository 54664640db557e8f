import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const INSTALL_HINT =
  'Chromium is needed for the browser tests and was not found at ' +
  `${chromiumPath()}.\nInstall Debian's package:  sudo apt-get update && sudo apt-get install -y chromium\n` +
  'or point CHROMIUM_PATH at a Chromium or Chrome binary.';

export function assertChromium(): void {
  if (!existsSync(chromiumPath())) throw new Error(INSTALL_HINT);
}

/** Headless, WebGL on SwiftShader, and none of Chromium's own background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  assertChromium();
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
