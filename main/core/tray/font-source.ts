// The shape every hand-drawn tray font is written in. Its own module so the font files and
// pixel-font.ts (which compiles them) do not import each other.

/** Glyph source: rows separated by spaces, `#` = ink, `.` = empty. */
export interface FontSource {
  name: string;
  /** Row count of every glyph (cap height; there are no descenders). */
  height: number;
  /** Nominal stroke width, used to size decorations drawn around the text. */
  stroke: number;
  /** Empty columns between two glyphs. */
  spacing: number;
  glyphs: Readonly<Record<string, string>>;
}
