/**
 * Applies a TrayModel to the platform tray, touching only what changed since the last call
 * (Signal Desktop's state-then-idempotent-render, app/SystemTrayService.main.ts). The
 * snapshot is recomputed often; most of the time nothing visible changes and the native
 * tray is left alone, which also avoids icon flicker on Windows.
 */
import type { Logger, TrayPort } from '../ports';
import type { IconSet } from './icon-set';
import type { ValueIconSpec } from './rasterize';
import type { MenuItemModel } from './tray-menu';
import type { TrayIcon, TrayModel, TrayPlatform } from './tray-model';

export interface TrayPresenterOptions {
  platform: TrayPlatform;
  renderIcons: (spec: ValueIconSpec) => IconSet;
  logger: Logger;
}

export interface TrayPresenter {
  /** Applies the model (and the menu, when given); unchanged parts are skipped. */
  render(model: TrayModel, menu?: readonly MenuItemModel[]): void;
  /** Forgets what was applied, so the next render re-applies everything (new native tray). */
  invalidate(): void;
}

interface Applied {
  title: string;
  tooltip: string | null;
  icon: string | null;
  menu: string | null;
}

const NOTHING_APPLIED: Applied = { title: '', tooltip: null, icon: null, menu: null };

export function createTrayPresenter(port: TrayPort, options: TrayPresenterOptions): TrayPresenter {
  let applied: Applied = { ...NOTHING_APPLIED };
  let drawingFailureLogged = false;

  const applyIcon = (icon: TrayIcon): void => {
    if (icon.kind === 'template') return port.setTemplateImage();
    if (icon.kind === 'coloured') return port.setColouredImage(icon.tone);
    try {
      port.setValueImage(options.renderIcons(icon.spec));
    } catch (error) {
      // Never log the text itself: it is a health value. Tone and length are enough to debug.
      if (!drawingFailureLogged) {
        options.logger.warn('tray: drawing the value icon failed; showing the static icon', {
          error: error instanceof Error ? error.name : typeof error,
          tone: icon.spec.tone,
          length: [...icon.spec.text].length,
        });
        drawingFailureLogged = true;
      }
      port.setFallbackImage();
    }
  };

  return {
    render(model, menu) {
      // Electron's setTitle is macOS-only; elsewhere the value lives in the icon.
      const title = options.platform === 'darwin' ? (model.titleAnsi ?? '') : '';
      if (title !== applied.title) {
        port.setTitle(title, { monospacedDigits: model.titleMonospacedDigits });
        applied.title = title;
      }
      if (model.tooltip !== applied.tooltip) {
        port.setToolTip(model.tooltip);
        applied.tooltip = model.tooltip;
      }
      const icon = JSON.stringify(model.icon);
      if (icon !== applied.icon) {
        applyIcon(model.icon);
        applied.icon = icon;
      }
      if (menu) {
        const key = JSON.stringify(menu);
        if (key !== applied.menu) {
          port.setMenu(menu);
          applied.menu = key;
        }
      }
    },
    invalidate() {
      applied = { ...NOTHING_APPLIED };
    },
  };
}
