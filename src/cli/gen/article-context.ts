// What an article is written into: its text as it grows (with the UTF-16 and code-point offsets of
// every span), the statement candidates found in it, and the citations to resolve once the text is
// known; and the small choices every sentence makes (how to name an actor, who speaks, about what).
import { codePointLength } from '../../domain/code-points.js'
import { TOPICS, type StatementKind, type Topic } from '../../domain/vocabulary.js'
import type { Rng } from './random.js'
import { TOPIC_OBJECTS } from './word-lists.js'
import type { Actor, Agreement, Cit, Meeting, World } from './world.js'

export interface Span {
  u0: number
  u1: number
  c0: number
  c1: number
}

export interface Candidate {
  kind: StatementKind
  span: Span
  speakers: Actor[]
  about: Actor[]
  topics: Topic[]
  meeting: Meeting | null
  agreement: Agreement | null
  attribution: Span | null
  dateHint: 'article' | 'month' | 'year' | 'none'
}

export class Doc {
  private parts: string[] = []
  u = 0
  c = 0
  add(s: string): Span {
    const span = { u0: this.u, u1: this.u + s.length, c0: this.c, c1: this.c + codePointLength(s) }
    this.parts.push(s)
    this.u = span.u1
    this.c = span.c1
    return span
  }
  join(a: Span, b: Span): Span {
    return { u0: a.u0, u1: b.u1, c0: a.c0, c1: b.c1 }
  }
  text(): string {
    return this.parts.join('')
  }
}

export interface ArticleContext {
  rng: Rng
  world: World
  doc: Doc
  sourceId: string
  publisher: Actor
  candidates: Candidate[]
  /** Citations to resolve once the text is known. */
  pending: { span: Span; list: Cit[] }[]
  /** Actors mentioned in full already (later mentions use the short form). */
  introduced: Set<string>
  day: number
  dated: boolean
  focus: Topic[]
}

export const cite = (ctx: ArticleContext, span: Span, list: Cit[], max = Infinity) => {
  if (list.length < max) ctx.pending.push({ span, list })
}

export function mentionName(ctx: ArticleContext, a: Actor): string {
  if (a.kind === 'person') {
    if (ctx.introduced.has(a.id)) return a.short
    ctx.introduced.add(a.id)
    const aff = a.affiliations[0]
    return aff && ctx.rng.chance(0.6) ? `${aff.organization.state ? `${aff.organization.state.adj} ` : ''}${aff.role} ${a.name}` : a.name
  }
  if (a.kind === 'state' && a.aliases.length > 0 && ctx.introduced.has(a.id) && ctx.rng.chance(0.3)) return ctx.rng.pick(a.aliases)
  ctx.introduced.add(a.id)
  return a.name
}

export function pickSpeaker(ctx: ArticleContext, cast: Actor[]): Actor {
  const { rng, world } = ctx
  if (cast.length > 0 && rng.chance(0.45)) return rng.pick(cast)
  return world.persons[rng.weighted(world.speakerWeights)] as Actor
}

export function object(ctx: ArticleContext): { text: string; topic: Topic } {
  const topic = ctx.rng.chance(0.6) ? ctx.rng.pick(ctx.focus) : ctx.rng.pick(TOPICS)
  return { text: ctx.rng.pick(TOPIC_OBJECTS[topic]), topic }
}

export function topicsOf(ctx: ArticleContext, main: Topic[]): Topic[] {
  const out = [...new Set(main)]
  if (ctx.rng.chance(0.3)) {
    const extra = ctx.rng.pick(ctx.focus)
    if (!out.includes(extra)) out.push(extra)
  }
  return ctx.rng.chance(0.04) ? [] : out.slice(0, 3)
}

export const yearText = (ctx: ArticleContext) => String(2000 + Math.floor(ctx.day / 365.25) + ctx.rng.int(2))

/** The words of a span of a finished text. */
export const spanText = (text: string, s: Span) => text.slice(s.u0, s.u1)
