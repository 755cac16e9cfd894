// Actor mentions: where a known actor's name or one of its aliases occurs.
import type { KnownActor } from './types.js'
import { foldString, foldText, isWord, stripAccents } from './text.js'

export interface Mention {
  actorId: string
  start: number
  end: number
}

/** An all-capitals short name ("US", "AA", "ISF", "U.S.") is matched case-sensitively: "us" is a pronoun. */
const isAcronym = (name: string) => /^[\p{Lu}\p{N}][\p{Lu}\p{N}.&'’-]*$/u.test(name) && name.length <= 10

/**
 * Every mention of a known actor's name or alias, at word boundaries, case- and accent-insensitive;
 * where mentions overlap the longest wins ("US Department of Defense" over "US").
 */
export function findActorMentions(text: string, actors: KnownActor[]): { actorId: string; start: number; end: number }[] {
  const { folded, from, to } = foldText(text)
  const candidates: Mention[] = []
  for (const actor of actors) {
    const variants = [...new Set([actor.name, ...actor.aliases].map((v) => v.trim()).filter((v) => v.length > 0))]
    for (const variant of variants) {
      const needle = foldString(variant)
      if (needle.length === 0) continue
      const exact = isAcronym(variant) ? stripAccents(variant) : null
      for (let i = folded.indexOf(needle); i !== -1; i = folded.indexOf(needle, i + 1)) {
        const e = i + needle.length
        if (isWord(folded[i]) && isWord(folded[i - 1])) continue
        if (isWord(folded[e - 1]) && isWord(folded[e])) continue
        const start = from[i] as number
        const end = to[e - 1] as number
        if (exact !== null && stripAccents(text.slice(start, end)) !== exact) continue
        candidates.push({ actorId: actor.id, start, end })
      }
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const taken = new Uint8Array(text.length)
  const kept: Mention[] = []
  for (const c of candidates) {
    let free = true
    for (let k = c.start; k < c.end && free; k++) if (taken[k]) free = false
    if (!free) continue
    taken.fill(1, c.start, c.end)
    kept.push(c)
  }
  return kept.sort((a, b) => a.start - b.start)
}
