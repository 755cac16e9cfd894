// Hints for a curator: a meeting or agreement draft that may be one already recorded (the same date,
// or most of the existing title's words in the draft's citations), and a statement draft that may
// dispute an existing one (the same kind of figure, "2,500 troops" against "3,000 troops").
import { foldString } from './text.js'
import type { AgreementDraftSuggestion, KnownAgreement, KnownMeeting, KnownStatement, MeetingDraftSuggestion, StatementSuggestion, SuggestionHint } from './types.js'

const STOP = new Set('a an and at by for from in into of on or the to with its their his her us iraq iraqi'.split(' '))
// Words cut to their first six letters, so that 'withdraw' meets 'withdrawal'.
const words = (s: string) => new Set(foldString(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.slice(0, 6)))

function titleOverlap(title: string, cited: string): number {
  const t = words(title)
  if (t.size === 0) return 0
  const c = words(cited)
  let n = 0
  for (const w of t) if (c.has(w)) n++
  return n / t.size
}

// A figure and what it counts: "2,500 personnel", "3,000" … "troops".
const FIGURE = /\b(\d{1,3}(?:,\d{3})+|\d{3,})\s+(?:(?:US|U\.S\.|American|foreign|coalition)\s+)?(troops|soldiers|personnel|forces)\b|\bat\s+(\d{1,3}(?:,\d{3})+)\b/giu

function figures(text: string): { value: number; what: string }[] {
  const out: { value: number; what: string }[] = []
  for (const m of text.matchAll(FIGURE)) {
    const raw = m[1] ?? m[3] ?? ''
    const value = Number(raw.replace(/,/g, ''))
    if (value >= 1900 && value <= 2100 && !raw.includes(',')) continue
    out.push({ value, what: 'troops' })
  }
  return out
}

export function findHints(
  statements: StatementSuggestion[],
  meetings: MeetingDraftSuggestion[],
  agreements: AgreementDraftSuggestion[],
  known: { meetings: KnownMeeting[]; agreements: KnownAgreement[]; statements: KnownStatement[] },
): SuggestionHint[] {
  const hints: SuggestionHint[] = []
  for (const m of meetings) {
    const cited = m.draft.citations.map((c) => ('quote' in c ? c.quote : '')).join(' ')
    for (const k of known.meetings) {
      const sameDay = m.draft.date.edtf !== null && k.date !== undefined && k.date !== null && k.date.split('/').includes(m.draft.date.edtf.replace(/[?~%]$/u, ''))
      const overlap = titleOverlap(k.title, cited)
      const shared = (k.participants ?? []).filter((p) => m.draft.participants.some((q) => q.actor_id === p)).length
      if (sameDay || overlap >= 0.5 || (overlap >= 0.3 && shared >= 2)) {
        hints.push({
          kind: 'possible_match',
          draft_type: 'meeting',
          draft_id: m.draft.id,
          record_type: 'meeting',
          record_id: k.id,
          note: `${sameDay ? `the same day (${m.draft.date.edtf})` : `${Math.round(overlap * 100)}% of the words of '${k.title}' in the cited words`}${shared ? `, ${shared} participants in common` : ''}: add the citations to it rather than create a new meeting`,
        })
      }
    }
  }
  for (const a of agreements) {
    const cited = a.draft.citations.map((c) => c.quote).join(' ')
    for (const k of known.agreements) {
      const overlap = titleOverlap(k.title, cited)
      if (overlap >= 0.5) {
        hints.push({
          kind: 'possible_match',
          draft_type: 'agreement',
          draft_id: a.draft.id,
          record_type: 'agreement',
          record_id: k.id,
          note: `${Math.round(overlap * 100)}% of the words of '${k.title}' in the cited words: add the citations to it rather than create a new agreement`,
        })
      }
    }
  }
  const knownFigures = known.statements.map((s) => ({ s, f: figures(s.text) })).filter((x) => x.f.length > 0)
  for (const st of statements) {
    for (const f of figures(st.draft.text)) {
      for (const { s, f: theirs } of knownFigures) {
        const other = theirs.find((g) => g.what === f.what && g.value !== f.value)
        if (!other) continue
        hints.push({
          kind: 'possible_dispute',
          draft_type: 'statement',
          draft_id: st.draft.id,
          record_type: 'statement',
          record_id: s.id,
          note: `a differing figure: ${f.value.toLocaleString('en-US')} ${f.what} here, ${other.value.toLocaleString('en-US')} in ${s.id} (${s.source_id})`,
        })
      }
    }
  }
  return hints
}
