// RFC 4180 CSV, with spreadsheet formula injection neutralized.

/** A cell that a spreadsheet would read as a formula gets a leading apostrophe, so it shows as text. */
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvRow = (values: unknown[]) => `${values.map(csvCell).join(',')}\r\n`
