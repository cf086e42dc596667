// OWASP CSV injection: a cell whose text starts with = + - @ (or their full-width forms, which a
// Japanese input method produces), a tab or a carriage return may be run as a formula by a
// spreadsheet. Exports prefix such a text with an apostrophe, which spreadsheets show as text;
// imports remove exactly that prefix again.

const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
// On import also before LF: XML (hence XLSX) turns a written CR into LF.
const NEUTRALISED = /^'[=+\-@\t\r\n＝＋－＠]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unneutraliseFormula(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}
