// Offsets in this dataset count Unicode code points, not UTF-16 units, so that clients in any
// language (Python's str slicing, for one) cut the same span. These helpers convert between the two.

/** The UTF-16 index in `text` at which code point number `cp` begins (text.length at the end). */
export function codePointToUtf16(text: string, cp: number): number {
  let units = 0
  for (let seen = 0; seen < cp; seen++) {
    if (units >= text.length) return -1
    const code = text.codePointAt(units) as number
    units += code > 0xffff ? 2 : 1
  }
  return units
}

/** The number of code points in the first `units` UTF-16 units of `text`. */
export function utf16ToCodePoint(text: string, units: number): number {
  let cp = 0
  for (let i = 0; i < units; cp++) {
    const code = text.codePointAt(i) as number
    i += code > 0xffff ? 2 : 1
  }
  return cp
}

export function codePointLength(text: string): number {
  return utf16ToCodePoint(text, text.length)
}

/** The text between code points `start` (inclusive) and `end` (exclusive), or null when out of range. */
export function sliceCodePoints(text: string, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return null
  const from = codePointToUtf16(text, start)
  const to = codePointToUtf16(text, end)
  if (from < 0 || to < 0) return null
  return text.slice(from, to)
}
