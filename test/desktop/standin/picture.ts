// The desktop picture of a scenario: the panel (menu bar, taskbar or top bar) with the tray
// exactly as the app set it — the representation the host uses, at the pixel size the host
// draws it — the open menu, and the popover screenshot where the app placed it. Composed in
// Chromium at the display's scale factor and cropped to the part that matters.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { encodePng } from '../../../main/core/tray/png';
import { titleRuns } from './ansi-title';
import type { Rectangle } from './geometry';
import type { Machine } from './machine';
import type { MenuItem } from './menu';
import type { Personality } from './personalities';
import type { AppProcess } from './process';

export const PICTURES_DIR = join(import.meta.dirname, '..', '..', '..', 'test-results', 'desktop');

/** Height of the caption band under the desktop (DIPs). */
const CAPTION = 120;

const css = (rgb: readonly number[]) => `rgb(${rgb.join(',')})`;

function pngUrl(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** A template image is an alpha mask the OS tints for the menu bar (native-image.md). */
function tinted(rgba: Uint8Array, width: number, height: number, rgb: readonly number[]): Buffer {
  const out = new Uint8Array(rgba);
  for (let i = 0; i < out.length; i += 4) out.set(rgb, i);
  return encodePng(out, width, height);
}

export async function takeDesktopPicture(
  browser: Browser,
  machine: Machine,
  proc: AppProcess | null,
  name: string,
): Promise<string> {
  // Drawn in the coordinates of the display the tray is on (with several, the others are left out).
  const p = onTrayDisplay(machine.personality);
  const shift = (r: Rectangle): Rectangle => ({
    ...r,
    x: r.x - machine.personality.bounds.x,
    y: r.y - machine.personality.bounds.y,
  });
  const d = machine.desktop;
  const panel = d.panelColour;
  const dark = panel[0] + panel[1] + panel[2] < 384;
  const ink = dark ? [255, 255, 255] : [0, 0, 0];
  const popover = proc?.popover();
  const tray = proc?.tray() ?? null;
  const shown = tray?.shownImage() ?? null;
  const last = tray?.record.images.at(-1);
  let icon = '';
  let caption = `${p.name} · ${name} · no tray icon on the panel`;
  let magnified = '';
  if (tray && shown) {
    const png = last?.template ? tinted(shown.rgba, shown.width, shown.height, ink) : shown.png;
    const size =
      p.platform === 'darwin' ? shown.width / shown.scaleFactor : p.trayIconPx / p.scaleFactor;
    const title = tray.record.title
      ? `<span class="title">${titleRuns(tray.record.title)
          .map(
            (run) =>
              `<span style="${run.colour ? `color:${run.colour};` : ''}${run.background ? `background:${run.background};border-radius:4px;` : ''}">${escape(run.text)}</span>`,
          )
          .join('')}</span>`
      : '';
    icon = `<div class="tray" style="left:${p.iconAt.x - size / 2}px;top:${p.iconAt.y - size / 2}px"><img src="${pngUrl(png)}" style="width:${size}px;height:${size}px">${title}</div>`;
    const zoom = `<span class="zoom" style="background:${css(panel)}"><img src="${pngUrl(png)}" style="width:${shown.width * 3}px;height:${shown.height * 3}px"></span>`;
    magnified = zoom;
    caption = `${p.name} · ${name} · tray image ${shown.width}×${shown.height} px (scale ${shown.scaleFactor}) drawn at ${p.platform === 'darwin' ? 'its size' : `${p.trayIconPx} px`}`;
  }
  const popoverBounds = popover?.isSeen() ? shift(popover.getBounds()) : null;
  // Other windows the app shows (the mini view), where they are on the tray's display.
  const others = proc ? [...proc.windows].filter((w) => w !== popover && w.isSeen()) : [];
  const otherBounds = others.map((w) => shift(w.getBounds()));
  const panelRect = panelOf(p);
  const crop = cropFor(p, union([popoverBounds, ...otherBounds]));
  const menu = d.openMenu
    ? `<div class="menu" style="left:${Math.min(p.iconAt.x, p.bounds.width - 240)}px;${panelRect.y === 0 ? `top:${panelRect.height}px` : `bottom:${panelRect.height + CAPTION}px`}">${d.openMenu.menu.items.map(menuRow).join('')}</div>`
    : '';
  let pop = '';
  if (popover && popoverBounds) {
    // A page that is being reloaded (second launch, crash recovery) can refuse one capture;
    // the picture is a record for people, not an assertion, so it waits once and tries again.
    const page = await popover.page();
    const shot = await page
      .screenshot()
      .catch(() => new Promise((done) => setTimeout(done, 500)).then(() => page.screenshot()));
    const b = popoverBounds;
    pop = `<img class="popover" src="${pngUrl(shot)}" style="left:${b.x}px;top:${b.y}px;width:${b.width}px;height:${b.height}px">`;
  }
  for (const [i, win] of others.entries()) {
    const shot = await (await win.page()).screenshot().catch(() => null);
    const b = otherBounds[i]!;
    if (shot) {
      pop += `<img class="popover" src="${pngUrl(shot)}" style="left:${b.x}px;top:${b.y}px;width:${b.width}px;height:${b.height}px">`;
    }
  }
  const html = `<!doctype html><style>
    body{margin:0;width:${p.bounds.width}px;height:${p.bounds.height + CAPTION}px;position:relative;overflow:hidden;
      background:linear-gradient(135deg,#3b6ea5,#8fb3d9);font:13px system-ui,sans-serif}
    .panel{position:absolute;left:0;width:100%;background:${css(panel)}}
    .tray{position:absolute;display:flex;align-items:center;gap:4px;color:${css(ink)};white-space:nowrap}
    .tray img{display:block}
    .popover{position:absolute;box-shadow:0 8px 30px rgba(0,0,0,.45);border-radius:8px}
    .menu{position:absolute;background:#fafafa;color:#111;border:1px solid #999;padding:4px 0;min-width:200px}
    .menu div{padding:3px 14px 3px 4px;display:flex}
    .menu .tick{width:18px;text-align:center}
    .menu .more{margin-left:auto;padding-left:16px}
    .menu .disabled{color:#999}
    .menu hr{border:0;border-top:1px solid #ddd;margin:4px 0}
    .zoom{display:inline-block;padding:4px;margin-right:8px;vertical-align:middle}
    .zoom img{display:block;image-rendering:pixelated}
    .caption{position:absolute;left:${crop.x}px;top:${p.bounds.height}px;width:${crop.width}px;height:${CAPTION}px;box-sizing:border-box;background:#222;color:#fff;padding:8px;display:flex;align-items:center}
    </style><body><div class="panel" style="top:${panelRect.y}px;height:${panelRect.height}px"></div>${icon}${menu}${pop}
    <div class="caption">${magnified}<span>${escape(caption)}</span></div></body>`;
  const context = await browser.newContext({
    viewport: { width: p.bounds.width, height: p.bounds.height + CAPTION },
    deviceScaleFactor: p.scaleFactor,
  });
  try {
    const page = await context.newPage();
    await page.setContent(html);
    // The caption is a band under the desktop, so it never covers what the app drew.
    const shot = await page.screenshot({
      clip: { ...crop, y: crop.y, height: p.bounds.height - crop.y + CAPTION },
      type: 'png',
    });
    mkdirSync(PICTURES_DIR, { recursive: true });
    const file = join(PICTURES_DIR, `${p.name}-${name}.png`);
    writeFileSync(file, shot);
    return file;
  } finally {
    await context.close();
  }
}

/** The personality as seen from the display holding its tray: that display at 0,0. */
function onTrayDisplay(p: Personality): Personality {
  const { x, y } = p.bounds;
  const move = <T extends { x: number; y: number }>(r: T): T => ({ ...r, x: r.x - x, y: r.y - y });
  return {
    ...p,
    bounds: move(p.bounds),
    workArea: move(p.workArea),
    trayBounds: move(p.trayBounds),
    iconAt: move(p.iconAt),
  };
}

function panelOf(p: Personality): { y: number; height: number } {
  const { bounds, workArea } = p;
  if (workArea.y > bounds.y) return { y: 0, height: workArea.y - bounds.y };
  return { y: workArea.y + workArea.height, height: bounds.height - workArea.height - workArea.y };
}

/** The smallest rectangle holding every given one, or null when there is none. */
function union(rects: Array<Rectangle | null>): Rectangle | null {
  const present = rects.filter((r): r is Rectangle => r !== null);
  if (present.length === 0) return null;
  const x = Math.min(...present.map((r) => r.x));
  const y = Math.min(...present.map((r) => r.y));
  const right = Math.max(...present.map((r) => r.x + r.width));
  const bottom = Math.max(...present.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** The panel strip's right part and the popover, with a margin; the caption corner too. */
function cropFor(p: Personality, b: Rectangle | null) {
  const left = Math.max(0, Math.min(p.iconAt.x - 420, b ? b.x - 40 : Infinity));
  const panel = panelOf(p);
  const top = panel.y === 0 ? 0 : Math.max(0, Math.min(panel.y - 620, b ? b.y - 40 : Infinity));
  const bottom =
    panel.y === 0
      ? Math.min(p.bounds.height, Math.max(panel.height + 620, b ? b.y + b.height + 40 : 0))
      : p.bounds.height;
  return { x: left, y: top, width: p.bounds.width - left, height: bottom - top };
}

/** One row of an open menu: a tick when checked, an arrow when it opens a submenu. */
function menuRow(item: MenuItem): string {
  if (item.type === 'separator') return '<hr>';
  const tick = item.checked && (item.type === 'checkbox' || item.type === 'radio') ? '✓' : '';
  const more = item.submenu ? '<span class="more">›</span>' : '';
  const state = item.enabled ? '' : ' class="disabled"';
  return `<div${state}><span class="tick">${tick}</span>${escape(item.label)}${more}</div>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
