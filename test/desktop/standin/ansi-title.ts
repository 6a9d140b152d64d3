// The macOS menu-bar title as the menu bar shows it. `tray.setTitle` parses ANSI colour codes
// (docs/api/tray.md "Support ANSI colors"; shell/browser/ui/cocoa/NSString+ANSI.mm): 0 resets,
// 30–37 pick a foreground and 40–47 a background from a fixed palette, 1 with a foreground
// picks its other variant (1;30 is grey). Anything else is dropped.
const NORMAL = [
  '#000000',
  '#cd0000',
  '#00cd00',
  '#cdcd00',
  '#0000ee',
  '#cd00cd',
  '#00cdcd',
  '#ffffff',
];
const VARIANT = [
  '#7f7f7f',
  '#ff0000',
  '#00ff00',
  '#ffff00',
  '#5c5cff',
  '#ff00ff',
  '#00ffff',
  '#e5e5e5',
];
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[([0-9;]*)m/g;

export interface TitleRun {
  text: string;
  colour: string | null;
  background: string | null;
}

/** The title's text without colour codes: what a person reads. */
export function plainTitle(title: string): string {
  return title.replace(SGR, '');
}

/** The title as runs of text with the colours the menu bar gives them. */
export function titleRuns(title: string): TitleRun[] {
  const runs: TitleRun[] = [];
  let colour: string | null = null;
  let background: string | null = null;
  let last = 0;
  const push = (text: string) => {
    if (text) runs.push({ text, colour, background });
  };
  for (const match of title.matchAll(SGR)) {
    push(title.slice(last, match.index));
    last = match.index + match[0].length;
    const codes = (match[1] || '0').split(';').map(Number);
    const variant = codes.includes(1);
    for (const code of codes) {
      if (code === 0) colour = background = null;
      else if (code >= 30 && code <= 37) colour = (variant ? VARIANT : NORMAL)[code - 30]!;
      else if (code >= 40 && code <= 47) background = NORMAL[code - 40]!;
    }
  }
  push(title.slice(last));
  return runs;
}
