// New actors: people named with a title ("Iraqi Foreign Minister Fouad Hussein", "Brig. Gen. Steven T.
// Rivera") or as the subject of a reporting verb ("Kirby claimed"), and organizations whose name ends
// in an organization word ("Wall Street Journal", "Iraqi Joint Chiefs of Staff"), that no known actor
// names; each with a proposed affiliation from its title.
import type { Mention } from './actor-mentions.js'
import type { BodySentence } from './article-body.js'
import type { QuoteLocator } from './quotations.js'
import { foldString, slugify, type Range } from './text.js'
import type { ActorDraftSuggestion, DraftDate, KnownActor } from './types.js'

const TITLE_WORDS = new Set(
  ('president prime minister secretary spokesperson spokesman spokeswoman coordinator general gen brig lt col major maj director ambassador envoy ' +
    'commander chief adviser advisor senator governor deputy undersecretary foreign defense defence press national security interior head chairman speaker')
    .split(' '),
)
const ORG_WORDS = new Set(
  ('ministry department service commission command council agency office staff parliament journal times post forces group coalition committee ' +
    'army navy embassy news corporation association alliance front movement party union').split(' '),
)
const SPEECH_AFTER = /^\s+(?:said|says|told|claimed|stressed|added|noted|explained|announced|stated|warned|indicated)\b/u
/** "Iraqi" stands for the actor named "Iraq"; "American"/"US" for the United States. */
const DEMONYMS: Record<string, string> = { iraqi: 'iraq', american: 'united states', us: 'united states', 'u.s.': 'united states', iranian: 'iran', syrian: 'syria', kurdish: 'kurdistan' }

// A run of capitalized words, initials and name connectors: "Brig. Gen. Steven T. Rivera", "Fouad Hussein", "Joint Chiefs of Staff".
const RUN = /(?:\b(?:al-|Al-)?\p{Lu}[\p{L}’'-]*\.?(?:\s+(?:of|al|bin|ibn|de|the)\s+|\s+)?)+/gu

export interface NewActorContext {
  text: string
  sourceId: string
  locator: QuoteLocator
  actors: KnownActor[]
  mentions: Mention[]
  published: string | null
}

export function findNewActors(ctx: NewActorContext, sentences: BodySentence[]): { drafts: ActorDraftSuggestion[]; at: Map<string, Range[]> } {
  const { text } = ctx
  const byName = new Map<string, ActorDraftSuggestion>()
  const at = new Map<string, Range[]>()
  const known = new Set(ctx.actors.flatMap((a) => [a.name, ...a.aliases].map(foldString)))
  const actorByName = (name: string) => ctx.actors.find((a) => [a.name, ...a.aliases].some((n) => foldString(n) === name))

  for (const sentence of sentences) {
    for (const m of text.slice(sentence.start, sentence.end).matchAll(RUN)) {
      let start = sentence.start + m.index
      let end = start + m[0].trimEnd().length
      while (end > start && /[\s.,]/u.test(text[end - 1] as string) && !/\b\p{Lu}\.$/u.test(text.slice(start, end))) end--
      const words = text.slice(start, end).split(/\s+/u)
      // The title part: leading title words, demonyms and known organizations ("Iraqi Foreign Minister").
      const isTitle = (w: string) => TITLE_WORDS.has(foldString(w).replace(/\.$/u, ''))
      const isPrefix = (w: string) => isTitle(w) || DEMONYMS[foldString(w)] !== undefined || known.has(foldString(w))
      // The title part ends at its last title word ("State Department Spokesperson | Mathew Miller").
      let k = 0
      for (let i = 0; i < words.length - 1; i++) if (isTitle(words[i] as string)) k = i + 1
      if (k === 0) while (k < words.length - 1 && isPrefix(words[k] as string)) k++
      const lastWord = foldString(words[words.length - 1] as string)
      const isOrg = ORG_WORDS.has(lastWord) && !words.some((w) => known.has(foldString(w)) && ORG_WORDS.has(foldString(w)))
      const titled = k > 0 && words.slice(0, k).some(isTitle)
      const speaking = SPEECH_AFTER.test(text.slice(end, end + 12))
      let kind: 'person' | 'organization'
      let nameStart: number
      if (isOrg) {
        kind = 'organization'
        // "Iraqi Joint Chiefs of Staff": the demonym belongs to the name.
        nameStart = start
        if (/^the\s/iu.test(text.slice(start, end))) nameStart += 4
      } else if (titled || (speaking && words.length - k <= 3)) {
        kind = 'person'
        nameStart = start + words.slice(0, k).join(' ').length + (k > 0 ? 1 : 0)
      } else continue
      const name = text.slice(nameStart, end).replace(/^the\s+/iu, '')
      const folded = foldString(name)
      if (name.length < 3 || known.has(folded) || name.split(/\s+/u).every((w) => TITLE_WORDS.has(foldString(w)))) continue
      // Overlapping a known actor's mention (other than in the title) means it is that actor.
      if (ctx.mentions.some((mm) => mm.start < end && mm.end > nameStart)) continue
      if (kind === 'person' && sentence.start === start && k === 0 && !speaking) continue
      start = nameStart
      const cite = ctx.locator.at(start, end)
      if (!cite) continue
      const existing = byName.get(folded) ?? [...byName.values()].find((d) => kind === 'person' && d.draft.kind === 'person' && foldString(d.draft.name).endsWith(` ${folded}`))
      if (existing) {
        if (existing.draft.citations.length < 5) existing.draft.citations.push({ source_id: ctx.sourceId, ...cite })
        at.get(existing.draft.id)?.push({ start, end })
        continue
      }
      const id = slugify(name, 60) || 'new-actor'
      const title = words.slice(0, k).filter((w) => DEMONYMS[foldString(w)] === undefined && !known.has(foldString(w))).join(' ')
      const orgWord = words.slice(0, k).find((w) => DEMONYMS[foldString(w)] !== undefined || known.has(foldString(w)))
      const org = orgWord ? actorByName(DEMONYMS[foldString(orgWord)] ?? foldString(orgWord)) : undefined
      const titleCite = k > 0 ? ctx.locator.at(sentence.start + m.index, end) : null
      const affDate: DraftDate =
        ctx.published !== null
          ? { edtf: ctx.published, basis: 'inferred', note: `The title as the article gives it; dated by its publication date ${ctx.published}` }
          : { edtf: null, basis: 'unknown', note: 'The title as the article gives it; the article carries no date' }
      const draft: ActorDraftSuggestion = {
        draft: {
          id,
          kind,
          name,
          aliases: [],
          citations: [{ source_id: ctx.sourceId, ...cite }],
          affiliations: org && title && titleCite ? [{ organization_id: org.id, role: title, date: affDate, citations: [{ source_id: ctx.sourceId, ...titleCite }] }] : [],
        },
        note:
          kind === 'organization'
            ? `organization: a name ending in '${words[words.length - 1]}' that no known actor has`
            : `person: ${titled ? `named with the title '${words.slice(0, k).join(' ')}'` : 'the subject of a reporting verb'}${org ? `; proposed affiliation: ${org.id} (${title || 'member'})` : ''}`,
      }
      byName.set(folded, draft)
      at.set(id, [{ start, end }])
    }
  }
  return { drafts: [...byName.values()], at }
}
