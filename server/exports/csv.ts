// CSV as spreadsheets and humanitarian tools read it: RFC 4180 quoting, CRLF line ends, a UTF-8
// byte-order mark (Excel otherwise shows Cyrillic as mojibake), and text that starts like a formula
// (=, +, -, @ …) prefixed with a quote so opening the file never runs anything from a notice.
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;

export function toCsv(rows: CsvCell[][]): string {
  return stringify(rows, { bom: true, record_delimiter: 'windows', escape_formulas: true, cast: { boolean: (value) => (value ? 'true' : 'false') } });
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
