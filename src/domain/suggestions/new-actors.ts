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
/** The title words a person's title ends with ("Foreign Minister", "Press Secretary"); "Security" or "Foreign" alone title nobody. */
const CORE_TITLES = new Set(
  'president minister secretary spokesperson spokesman spokeswoman coordinator general gen brig director ambassador envoy commander chief adviser advisor senator governor chairman speaker'.split(' '),
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
  publisher?: string | null
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
      for (let i = 0; i < words.length - 1; i++) if (CORE_TITLES.has(foldString(words[i] as string).replace(/\.$/u, ''))) k = i + 1
      if (k === 0) while (k < words.length - 1 && isPrefix(words[k] as string)) k++
      const lastWord = foldString(words[words.length - 1] as string)
      const isOrg = ORG_WORDS.has(lastWord) && !words.some((w) => known.has(foldString(w)) && ORG_WORDS.has(foldString(w)))
      const titled = k > 0 && words.slice(0, k).some((w) => CORE_TITLES.has(foldString(w).replace(/\.$/u, '')))
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
  const add = (draft: ActorDraftSuggestion, range: Range) => {
    if (byName.has(foldString(draft.draft.name)) || known.has(foldString(draft.draft.name))) return
    byName.set(foldString(draft.draft.name), draft)
    at.set(draft.draft.id, [range])
  }
  const publisher = publisherDraft(ctx, known)
  if (publisher) add(publisher.draft, publisher.range)
  const byline = /^\s*By\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*$/mu.exec(text)
  if (byline) {
    const start = byline.index + byline[0].indexOf(byline[1] as string)
    const end = start + (byline[1] as string).length
    const cite = ctx.locator.at(start, end)
    const org = publisher?.draft.draft.id ?? ctx.actors.find((a) => ctx.publisher && [a.name, ...a.aliases].some((n) => foldString(ctx.publisher ?? '').includes(foldString(n))))?.id
    const lineCite = ctx.locator.at(byline.index + byline[0].search(/\S/u), end)
    if (cite) {
      add(
        {
          draft: {
            id: slugify(byline[1] as string, 60),
            kind: 'person',
            name: byline[1] as string,
            aliases: [],
            citations: [{ source_id: ctx.sourceId, ...cite }],
            affiliations: org && lineCite ? [{ organization_id: org, role: 'author (byline)', date: affiliationDate(ctx.published), citations: [{ source_id: ctx.sourceId, ...lineCite }] }] : [],
          },
          note: `person: the byline '${byline[0].trim()}'${org ? `; proposed affiliation: ${org} (author)` : ''}`,
        },
        { start, end },
      )
    }
  }
  return { drafts: [...byName.values()], at }
}

function affiliationDate(published: string | null): DraftDate {
  return published !== null
    ? { edtf: published, basis: 'inferred', note: `The title as the article gives it; dated by its publication date ${published}` }
    : { edtf: null, basis: 'unknown', note: 'The title as the article gives it; the article carries no date' }
}

/** The outlet as an organization when no known actor is its publisher: its name, or an acronym of it in parentheses, where the text prints it. */
function publisherDraft(ctx: NewActorContext, known: Set<string>): { draft: ActorDraftSuggestion; range: Range } | null {
  const name = ctx.publisher?.trim()
  if (!name) return null
  const variants = [name, name.replace(/\s*\([^)]*\)\s*$/u, ''), /\(([^)]+)\)/u.exec(name)?.[1]].filter((v): v is string => Boolean(v && v.trim()))
  if (variants.some((v) => known.has(foldString(v)))) return null
  for (const v of variants) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${v.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u')
    const m = re.exec(ctx.text)
    if (!m) continue
    const cite = ctx.locator.at(m.index, m.index + v.length)
    if (!cite) continue
    const display = variants[1] ?? name
    return {
      draft: {
        draft: { id: slugify(display, 60), kind: 'organization', name: display, aliases: variants.filter((x) => x !== display && x !== name), citations: [{ source_id: ctx.sourceId, ...cite }], affiliations: [] },
        note: `organization: the publisher '${name}', which no known actor is; it reports the outlet's own account`,
      },
      range: { start: m.index, end: m.index + v.length },
    }
  }
  return null
}
