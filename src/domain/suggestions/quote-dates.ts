// The date of a quote: from its attributing sentence, the quote it continues, the sentence that dates
// a joint statement, the nearest earlier date in the narrative, or the publication date.
import { JOINT, type Attribution } from './attribution.js'
import type { Quotation } from './quotations.js'
import { findDateMentions, resolveDateMention, type DateMentionType, type ResolvedMention } from './relative-dates.js'
import type { Resolved } from './speakers.js'
import { lineOf, sentenceAround, type FoldedText, type Range } from './text.js'
import type { DraftDate } from './types.js'

const DAY_LEVEL: DateMentionType[] = ['weekday', 'last-weekday', 'next-weekday', 'month-day', 'following-day', 'yesterday', 'today']
const MONTH_LEVEL: DateMentionType[] = ['last-month', 'in-month']

export interface DatingContext {
  text: string
  lines: Range[]
  foldedText: FoldedText
  /** The publication date (EDTF), or null. */
  published: string | null
  /** The narrative's date expressions, resolved (see narrativeDates). */
  dated: ResolvedMention[]
  insideQuote: (pos: number) => boolean
}

/** Date expressions in the narrative (outside quotations), each resolved; "the following day" counts from the one before. */
export function narrativeDates(text: string, published: string | null, insideQuote: (pos: number) => boolean): ResolvedMention[] {
  const dated: ResolvedMention[] = []
  for (const mention of findDateMentions(text)) {
    if (insideQuote(mention.start)) continue
    dated.push({ mention, date: resolveDateMention(mention, published, dated[dated.length - 1]) })
  }
  return dated
}

export function dateFor(ctx: DatingContext, q: Quotation, a: Attribution | null, resolved: Resolved, inherited: DraftDate | null): { date: DraftDate; how?: string } {
  const { text, dated, published, insideQuote } = ctx
  // 1. A date in the attributing sentence ("said … Lloyd Austin on Tuesday").
  if (a) {
    const own = dated.find((d) => d.mention.start >= a.dateRegion.start && d.mention.end <= a.dateRegion.end)
    if (own) return { date: own.date }
  }
  // 2. The quote it continues ("he added", the same paragraph, the same quotation).
  if (inherited) return { date: inherited, how: 'date as for the quote before' }
  // 3. A joint statement: the narrative sentence that dates "the joint statement" ("released the following day").
  if (resolved.kind === 'joint_statement') {
    const { folded, from, to } = ctx.foldedText
    for (const m of folded.matchAll(new RegExp(JOINT.source, 'gu'))) {
      const at = from[m.index] as number
      if (insideQuote(at) || (a && at >= a.range.start && at < a.range.end)) continue
      const sentence = sentenceAround(text, at, lineOf(ctx.lines, at))
      const inSentence = dated.filter((d) => d.mention.start >= sentence.start && d.mention.end <= sentence.end)
      if (inSentence.length === 0) continue
      const nearest = inSentence.reduce((best, d) => (Math.abs(d.mention.start - at) < Math.abs(best.mention.start - at) ? d : best))
      const end = to[m.index + m[0].length - 1] as number
      const span = text.slice(Math.min(at, nearest.mention.start), Math.max(end, nearest.mention.end))
      return { date: nearest.date, how: `date of the joint statement from the narrative: '${span}'` }
    }
  }
  // 4. No date for the remark: it was made no later than the publication, so the publication's month
  //    (a day would claim more than the text says; the nearest earlier date in the text is only a hint).
  const earlier = dated.filter((d) => d.mention.end <= q.open)
  const pick = (types: DateMentionType[]) => [...earlier].reverse().find((d) => types.includes(d.mention.type))
  const near = pick(DAY_LEVEL) ?? pick(MONTH_LEVEL)
  const undated = undatedRemark(published, near ? `; the nearest earlier date in the text is '${near.mention.phrase}' (${near.date.edtf ?? 'unresolved'})` : '')
  if (undated) return undated
  // Without a publication date, the nearest earlier date stands only when it too is unresolved (then it says which words were read).
  if (near && near.date.edtf === null) return { date: near.date, how: `no date given for the remark; the nearest earlier date in the text, '${near.mention.phrase}', cannot be resolved either` }
  return { date: { edtf: null, basis: 'unknown', note: 'The article carries no date' } }
}

/**
 * An undated remark: the month of the publication date (a remark precedes its report), or null. Only
 * a publication day dates it: a month-only publication date is itself an inference (article 003's
 * `2021-10?` comes from outside the text), and passing it on would date remarks the text leaves undated.
 */
export function undatedRemark(published: string | null, hint = ''): { date: DraftDate; how: string } | null {
  const month = published === null ? null : /^(\d{4}-\d{2})-\d{2}([?~%]?)$/u.exec(published)
  if (!month) return null
  return {
    date: { edtf: `${month[1]}${month[2]}`, basis: 'inferred', note: `No date given for the remark; made no later than the publication date ${published}, so its month is kept, not a day${hint}` },
    how: 'dated by the month of publication',
  }
}
