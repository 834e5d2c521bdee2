/* Generated from schemas/document-view.schema.json by wasm/scripts/gen-types.mjs; do not edit. */

/**
 * One cell of a table.
 */
export type Cell =
  | string
  | {
      /**
       * The smaller lines under it.
       */
      s: string;
      /**
       * The name.
       */
      t: string;
    }
  | {
      /**
       * Its path.
       */
      img: string;
    };

/**
 * What a template reads as `view` in `/data.json`: the document's title, number, paper and
 * branding, the layout's sizes, and what the document says (its body's fields).
 */
export interface DocumentView {
  /**
   * The accent colour, `#RRGGBB`.
   */
  accent: string;
  /**
   * What is asked, as a list.
   */
  asks?: string[];
  /**
   * Who the PDF names as its author.
   */
  author: string;
  /**
   * The payment block a Russian invoice opens with: rows of two cells.
   */
  bank?: [string, string][];
  /**
   * The table's columns.
   */
  columns: Col[];
  /**
   * The footer line (branding), if any.
   */
  footer?: string | null;
  /**
   * The table's rows, in groups.
   */
  groups: Group[];
  /**
   * The table's header, one text a column.
   */
  header: string[];
  /**
   * The document's number alone.
   */
  ident: string;
  /**
   * The sentence before a list of asks.
   */
  intro?: string | null;
  /**
   * The document's language.
   */
  lang: "ru" | "en";
  layout: Layout;
  /**
   * The logo's path (`/assets/0`), if any.
   */
  logo?: string | null;
  /**
   * Label and value lines under the title.
   */
  meta?: [string, string][];
  /**
   * Notes after the totals.
   */
  notes?: string[];
  /**
   * "№ PF-1 от 20 ноября 2026 г.".
   */
  number: string;
  /**
   * typst's paper name (`a4`, `us-letter`).
   */
  paper: string;
  /**
   * A letter's paragraphs.
   */
  paragraphs?: string[];
  /**
   * The parties, side by side.
   */
  parties?: PartyView[];
  /**
   * "Проект: Вилла (PRJ-2026-0142)".
   */
  project: string;
  /**
   * Who signs.
   */
  signatures?: string[];
  /**
   * "Позиций: 8 на сумму …".
   */
  summary?: string | null;
  /**
   * The title ("Проформа-инвойс").
   */
  title: string;
  /**
   * The totals, right-aligned under the table.
   */
  totals: TotalRow[];
  /**
   * The total in words.
   */
  words?: string | null;
}
/**
 * A table column: width (mm, or a share of what is left) and alignment.
 */
export interface Col {
  /**
   * `left`, `center` or `right`.
   */
  align: string;
  /**
   * A share of the width the fixed columns leave.
   */
  fr?: number | null;
  /**
   * Width in millimetres.
   */
  mm?: number | null;
}
/**
 * Rows under a heading (a room), or without one.
 */
export interface Group {
  /**
   * The rows with an image.
   */
  images?: number[];
  /**
   * Per row: how many lines its tallest cell takes when the engine found that every text
   * of the row fits its column at the layout's sizes (1, or 1 + the smaller lines under a
   * name); `null` when the row must be measured.
   */
  lines?: (number | null)[];
  /**
   * The rows, one cell a column.
   */
  rows: Cell[][];
  /**
   * The heading, if any.
   */
  title?: string | null;
}
/**
 * The sizes the engine fitted table rows for.
 */
export interface Layout {
  /**
   * A table cell's left (and right) inset, points.
   */
  inset_x_pt: number;
  /**
   * The page's left (and right) margin, millimetres.
   */
  margin_x_mm: number;
  /**
   * A cell's second line, points.
   */
  small_pt: number;
  /**
   * Body text, points.
   */
  text_pt: number;
}
/**
 * A party as printed: its label, name and the lines under it.
 */
export interface PartyView {
  /**
   * "ПОСТАВЩИК".
   */
  label: string;
  /**
   * Address, tax ids, bank, contacts.
   */
  lines: string[];
  /**
   * Its (legal) name.
   */
  name: string;
}
/**
 * A line of the totals.
 */
export interface TotalRow {
  /**
   * "Итого".
   */
  label: string;
  /**
   * Printed bold.
   */
  strong?: boolean;
  /**
   * The amount, formatted.
   */
  value: string;
}
