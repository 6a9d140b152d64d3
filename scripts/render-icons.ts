// Renders the hand-drawn SVGs in build/ to the PNG sizes electron-builder and the macOS tray want.
// Run once after changing an SVG: `npx tsx scripts/render-icons.ts` (needs /usr/bin/chromium).
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const appIconSizes = [16, 24, 32, 48, 64, 128, 256, 512];

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage();
  const render = async (svgPath: string, size: number, outPath: string): Promise<void> => {
    const svg = readFileSync(svgPath, 'utf8').replace(
      /width="\d+" height="\d+"/,
      `width="${size}" height="${size}"`,
    );
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg}</body></html>`,
    );
    writeFileSync(
      outPath,
      await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      }),
    );
  };
  await render('build/icon.svg', 1024, 'build/icon.png');
  for (const size of appIconSizes)
    await render('build/icon.svg', size, `build/icons/${size}x${size}.png`);
  await render('build/tray/tray-template.svg', 16, 'build/tray/trayTemplate.png');
  await render('build/tray/tray-template.svg', 32, 'build/tray/trayTemplate@2x.png');
  await browser.close();
}

await main();
