// Menu and MenuItem as data: the template the app built, with its click handlers, so a test
// can choose an item the way a person does once the menu is open (docs/api/menu.md,
// menu-item.md: `click(menuItem, window, event)`; `enabled: false` items do nothing).
export interface MenuItemOptions {
  id?: string;
  label?: string;
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
  checked?: boolean;
  enabled?: boolean;
  role?: string;
  accelerator?: string;
  submenu?: MenuItemOptions[] | Menu;
  click?: (item: MenuItem, window: unknown, event: unknown) => void;
}

export class MenuItem {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  checked: boolean;
  readonly enabled: boolean;
  readonly role: string | undefined;
  readonly accelerator: string | undefined;
  readonly submenu: Menu | null;
  private readonly onClick: MenuItemOptions['click'];

  constructor(options: MenuItemOptions) {
    this.id = options.id ?? '';
    this.label = options.label ?? '';
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal');
    this.checked = options.checked ?? false;
    this.enabled = options.enabled ?? true;
    this.role = options.role;
    this.accelerator = options.accelerator;
    this.submenu =
      options.submenu instanceof Menu
        ? options.submenu
        : options.submenu
          ? Menu.buildFromTemplate(options.submenu)
          : null;
    this.onClick = options.click;
  }

  /** A person choosing this item. */
  choose(): void {
    if (!this.enabled || this.type === 'separator') return;
    if (this.type === 'checkbox') this.checked = !this.checked;
    this.onClick?.(this, undefined, { triggeredByAccelerator: false });
  }
}

export class Menu {
  readonly items: MenuItem[] = [];

  static buildFromTemplate(template: MenuItemOptions[]): Menu {
    const menu = new Menu();
    for (const options of template) menu.append(new MenuItem(options));
    return menu;
  }

  append(item: MenuItem): void {
    this.items.push(item);
  }

  getMenuItemById(id: string): MenuItem | null {
    for (const item of this.items) {
      if (item.id === id) return item;
      const inner = item.submenu?.getMenuItemById(id);
      if (inner) return inner;
    }
    return null;
  }

  /** Labels as a person reads them, nested with " › ". */
  labels(prefix = ''): string[] {
    return this.items.flatMap((item) =>
      item.type === 'separator'
        ? []
        : [`${prefix}${item.label}`, ...(item.submenu?.labels(`${prefix}${item.label} › `) ?? [])],
    );
  }
}

/** What `Menu.setApplicationMenu` was given; null means "none", undefined the default menu. */
export interface ApplicationMenuState {
  menu: Menu | null | undefined;
}
