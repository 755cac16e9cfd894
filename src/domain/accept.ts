// HTTP Accept matching (RFC 9110 §12.5.1): is any of the media types we can send acceptable?

interface MediaRange {
  type: string
  subtype: string
  q: number
}

function parseAccept(header: string): MediaRange[] {
  return header
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [range = '', ...params] = part.split(';').map((p) => p.trim())
      const [type = '', subtype = ''] = range.toLowerCase().split('/')
      const qParam = params.find((p) => /^q=/i.test(p))
      const q = qParam ? Number(qParam.slice(2)) : 1
      return { type, subtype, q: Number.isFinite(q) ? q : 0 }
    })
}

/** The first of `offered` (e.g. "application/json") the Accept header allows; undefined when none. */
export function negotiate(acceptHeader: string | undefined, offered: string[]): string | undefined {
  if (!acceptHeader || acceptHeader.trim() === '') return offered[0]
  const ranges = parseAccept(acceptHeader)
  let best: { type: string; q: number } | undefined
  for (const media of offered) {
    const [type, subtype] = media.toLowerCase().split('/')
    // The most specific range that matches decides the quality of this type.
    const matching = ranges
      .filter((r) => (r.type === '*' && r.subtype === '*') || (r.type === type && (r.subtype === '*' || r.subtype === subtype)))
      .sort((a, b) => Number(b.type !== '*') + Number(b.subtype !== '*') - (Number(a.type !== '*') + Number(a.subtype !== '*')))
    const q = matching[0]?.q ?? 0
    if (q > 0 && (!best || q > best.q)) best = { type: media, q }
  }
  return best?.type
}
