// The world: actors, meetings and agreements, made before any article. Their citations start empty
// and are filled in as the articles mention them (see article-context.ts).
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  MEETING_KINDS,
  TOPICS,
  type ActorKind,
  type AgreementKind,
  type AgreementStatus,
  type MeetingKind,
  type ParticipantRole,
  type Topic,
} from '../../domain/vocabulary.js'
import { clampDay, dateRec, ISO_DAYS, weekdayOf, YEAR_START, YEAR_WEIGHTS, type DateRec } from './dates.js'
import { cumulate, type Rng } from './random.js'
import { capitalize, fill, IdMaker, slugWords } from './text.js'
import {
  AGREEMENT_TITLES,
  ARABIC_SURNAMES,
  CITIES,
  FIRST_NAMES,
  GROUP_NAMES,
  GROUP_PATTERNS,
  INSTITUTIONS,
  KNOWN_GROUPS,
  LAST_NAMES,
  MEETING_KIND_WEIGHTS,
  MEETING_LABELS,
  MULTILATERAL,
  ORDINALS,
  PUBLISHERS,
  ROLES,
  STATE_WEIGHTS,
  STATES,
  TOPIC_OBJECTS,
  VENUES,
  type StateDef,
} from './word-lists.js'

export interface Cit {
  source_id: string
  start: number
  end: number
  quote: string
}

export interface Actor {
  id: string
  kind: ActorKind
  name: string
  aliases: string[]
  country: string | null
  description: string
  citations: Cit[]
  affiliations: { organization: Actor; role: string; date: DateRec; citations: Cit[]; rowId: number }[]
  /** For a person: the short form used after the first mention. */
  short: string
  /** For a state: its definition; for an organization: its state, if any. */
  state?: StateDef
}

export interface Meeting {
  id: string
  title: string
  kind: MeetingKind
  date: DateRec
  day: number
  location: string
  city: string
  description: string
  topic: Topic
  citations: Cit[]
  participants: { actor: Actor; role: ParticipantRole; citations: Cit[]; rowId: number }[]
}

export interface Agreement {
  id: string
  title: string
  kind: AgreementKind
  status: AgreementStatus
  date: DateRec
  summary: string
  meeting: Meeting | null
  topic: Topic
  citations: Cit[]
  parties: { actor: Actor; citations: Cit[]; rowId: number }[]
}

export interface World {
  actors: Actor[]
  states: Actor[]
  organizations: Actor[]
  persons: Actor[]
  groups: Actor[]
  publishers: Actor[]
  personsByCountry: Map<string, Actor[]>
  orgsByCountry: Map<string, Actor[]>
  speakerWeights: Float64Array
  meetings: Meeting[]
  agreements: Agreement[]
  articleDays: Int32Array
  /** -1 for an undated article. */
  articleDated: Uint8Array
}

export function buildWorld(rng: Rng, counts: { sources: number; actors: number; meetings: number; agreements: number }): World {
  const ids = new IdMaker()
  const actors: Actor[] = []
  const add = (a: Omit<Actor, 'id' | 'citations' | 'affiliations'> & { id?: string }) => {
    const actor: Actor = { ...a, id: ids.make(a.id ?? slugWords(a.name, 6)), citations: [], affiliations: [] }
    actors.push(actor)
    return actor
  }

  // States, multilateral bodies and publishers first: everything else refers to them.
  const nStates = Math.min(STATES.length, Math.max(6, Math.round(counts.actors * 0.006)))
  const states = STATES.slice(0, nStates).map((s) =>
    add({ kind: 'state', name: s.name, aliases: s.aliases, country: s.code, description: `${s.name}; a party to or observer of the security talks, named in the sources as ${s.aliases[0] ?? s.name}.`, short: s.name, state: s }),
  )
  const publishers = PUBLISHERS.map((p) => add({ kind: 'organization', name: p.name, aliases: p.code === p.name ? [] : [p.code], country: null, description: `News organization; publisher of reports on the talks.`, short: p.name }))
  const organizations: Actor[] = [...publishers]
  for (const [name, aliases] of MULTILATERAL) {
    organizations.push(add({ kind: 'organization', name, aliases: [...aliases], country: null, description: `International body named in reports on ${rng.pick(TOPICS).replace(/-/g, ' ')}.`, short: name }))
  }
  const nGroups = Math.max(4, Math.round(counts.actors * 0.12))
  const nOrgs = Math.max(organizations.length + nStates * 4, Math.round(counts.actors * 0.2))
  const groups: Actor[] = []
  for (const [name, aliases] of KNOWN_GROUPS) {
    if (groups.length >= nGroups) break
    groups.push(add({ kind: 'group', name, aliases: [...aliases], country: null, description: 'Armed group named in reports on attacks and on the talks.', short: name }))
  }
  const usedNames = new Set(actors.map((a) => a.name))
  const orgsByCountry = new Map<string, Actor[]>()
  for (let i = 0; organizations.length < nOrgs && i < nOrgs * 20; i++) {
    const s = STATES[i < nStates * INSTITUTIONS.length ? Math.floor(i / INSTITUTIONS.length) % nStates : rng.weighted(STATE_WEIGHTS) % nStates] as StateDef
    const inst = i < nStates * INSTITUTIONS.length ? (INSTITUTIONS[i % INSTITUTIONS.length] as string) : `${rng.pick(['Joint', 'Higher', 'National', 'Special', 'Regional'])} ${rng.pick(['Committee', 'Commission', 'Council', 'Task Force', 'Working Group'])} on ${rng.pick(TOPIC_OBJECTS[rng.pick(TOPICS)]).replace(/^the /, '')}`
    const name = `${s.adj} ${inst}`
    if (usedNames.has(name)) continue
    usedNames.add(name)
    const acronym = name.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('')
    const org = add({ kind: 'organization', name, aliases: acronym.length >= 3 ? [acronym] : [], country: s.code, description: `${s.adj} state body taking part in the security talks.`, short: name, state: s })
    organizations.push(org)
    const list = orgsByCountry.get(s.code) ?? []
    list.push(org)
    orgsByCountry.set(s.code, list)
  }
  for (let i = 0; groups.length < nGroups && i < nGroups * 20; i++) {
    const name = fill(rng.pick(GROUP_PATTERNS), { n: rng.pick(GROUP_NAMES) }) + (i >= GROUP_NAMES.length * GROUP_PATTERNS.length ? ` ${rng.pick(['of', 'in'])} ${rng.pick(CITIES)}` : '')
    if (usedNames.has(name)) continue
    usedNames.add(name)
    groups.push(add({ kind: 'group', name, aliases: [], country: null, description: `Armed group active in ${rng.pick(CITIES)}, named in reports on ${rng.pick(['attacks on the bases', 'the militia attacks', 'the talks'])}.`, short: name }))
  }

  // Persons: the rest. Some names collide on purpose (two "Ali Hassan"s get -2 ids).
  const persons: Actor[] = []
  const personsByCountry = new Map<string, Actor[]>()
  const nPersons = Math.max(10, counts.actors - actors.length)
  for (let i = 0; i < nPersons; i++) {
    const s = STATES[rng.weighted(STATE_WEIGHTS) % nStates] as StateDef
    const first = rng.pick(FIRST_NAMES)
    const last = rng.pick(LAST_NAMES)
    const arabic = ARABIC_SURNAMES.has(last)
    const surname = arabic ? `al-${last}` : last
    const middle = rng.chance(0.35) ? `${rng.pick(FIRST_NAMES)} ` : ''
    const name = `${first} ${middle}${surname}`
    const aliases = arabic ? [last, `Al ${last}`] : rng.chance(0.3) ? [last] : []
    const p = add({ kind: 'person', name, aliases, country: s.code, description: '', short: arabic ? surname : last, state: s })
    persons.push(p)
    const list = personsByCountry.get(s.code) ?? []
    list.push(p)
    personsByCountry.set(s.code, list)
  }
  // A few prolific speakers: Zipf over a shuffled order of persons.
  const speakerOrder = [...persons.keys()]
  for (let i = speakerOrder.length - 1; i > 0; i--) {
    const j = rng.int(i + 1)
    ;[speakerOrder[i], speakerOrder[j]] = [speakerOrder[j] as number, speakerOrder[i] as number]
  }
  const rankWeights = Array.from({ length: persons.length }, (_v, k) => 1 / (k + 1) ** 1.05)
  const weights = new Array<number>(persons.length)
  speakerOrder.forEach((personIndex, rank) => (weights[personIndex] = rankWeights[rank] as number))
  const speakerWeights = cumulate(weights)

  // Affiliations: most persons belong to a body of their country (never to a news organization).
  const nonPress = organizations.filter((o) => !publishers.includes(o))
  let affiliationRow = 0
  for (const p of persons) {
    const n = rng.chance(0.75) ? (rng.chance(0.12) ? 2 : 1) : 0
    const pool = orgsByCountry.get(p.country as string) ?? nonPress
    const seen = new Set<string>()
    for (let k = 0; k < n; k++) {
      const org = rng.pick(pool)
      const role = rng.pick(ROLES)
      if (seen.has(`${org.id}|${role}`)) continue
      seen.add(`${org.id}|${role}`)
      p.affiliations.push({ organization: org, role, date: dateRec(null, 'unknown', null), citations: [], rowId: ++affiliationRow })
    }
    const first = p.affiliations[0]
    p.description = first ? `${first.organization.name} ${first.role}; speaks on ${rng.pick(TOPICS).replace(/-/g, ' ')} and ${rng.pick(TOPICS).replace(/-/g, ' ')}.` : `${p.state?.adj ?? ''} official quoted in reports on the talks.`.trim()
  }

  // Article dates, then meetings and agreements dated near the article that reports them.
  const articleDays = new Int32Array(counts.sources)
  const articleDated = new Uint8Array(counts.sources)
  for (let j = 0; j < counts.sources; j++) {
    const y = rng.weighted(YEAR_WEIGHTS)
    articleDays[j] = clampDay((YEAR_START[y] as number) + rng.int((YEAR_START[y + 1] as number) - (YEAR_START[y] as number)))
    articleDated[j] = rng.chance(0.85) ? 1 : 0
  }

  const meetingIds = new IdMaker()
  const meetings: Meeting[] = []
  let participantRow = 0
  for (let i = 0; i < counts.meetings; i++) {
    const j = i % counts.sources
    const kind = MEETING_KINDS[rng.weighted(MEETING_KIND_WEIGHTS)] as MeetingKind
    const topic = rng.pick(TOPICS)
    const a = rng.pick(states.slice(0, Math.min(4, states.length)))
    let b = states[rng.weighted(STATE_WEIGHTS) % states.length] as Actor
    if (b === a) b = states[(states.indexOf(a) + 1) % states.length] as Actor
    const venue = rng.chance(0.3)
    const location = venue ? rng.pick(VENUES) : rng.pick([a.state!.capital, b.state!.capital, rng.pick(CITIES)])
    const city = location.includes(', ') ? (location.split(', ').at(-1) as string) : location
    const day = clampDay((articleDays[j] as number) - (rng.chance(0.6) ? 1 : rng.int(6)))
    const roll = rng.next()
    let date: DateRec
    const wd = weekdayOf(day)
    if (roll < 0.45) date = dateRec(ISO_DAYS[day] as string, 'stated', null)
    else if (roll < 0.65) date = dateRec(ISO_DAYS[day] as string, 'inferred', `'on ${wd}' in an article published ${ISO_DAYS[articleDays[j] as number]}`)
    else if (roll < 0.75) date = dateRec(`${ISO_DAYS[day]}/${ISO_DAYS[clampDay(day + 1 + rng.int(2))]}`, 'inferred', `A ${rng.pick(['two', 'three'])}-day round; the article gives the weekdays.`)
    else if (roll < 0.83) date = dateRec((ISO_DAYS[day] as string).slice(0, 7), 'stated', null)
    else if (roll < 0.86) date = dateRec(`${ISO_DAYS[day]}?`, 'inferred', 'The article says only that the meeting took place "this week".')
    else date = dateRec(null, 'unknown', `'${wd}'; the article carries no date.`)
    const label = fill(MEETING_LABELS[kind], { o: rng.pick(TOPIC_OBJECTS[topic]) })
    const round = kind === 'dialogue_round' || kind === 'commission_meeting' ? ` (${rng.pick(ORDINALS)} round)` : ''
    const title = `${a.name}–${b.name} ${label}${round}, ${city}`
    const id = meetingIds.make(`${slugWords(`${a.state!.code} ${b.state!.code} ${kind.replace(/_/g, ' ')}`, 6)}-${date.start ? date.start.slice(0, 7) : 'undated'}-${slugWords(city, 2)}`)
    const participants: Meeting['participants'] = [
      { actor: a, role: 'host', citations: [], rowId: ++participantRow },
      { actor: b, role: 'participant', citations: [], rowId: ++participantRow },
    ]
    const extra = rng.range(0, 4)
    const used = new Set([a.id, b.id])
    for (let k = 0; k < extra; k++) {
      const pool = personsByCountry.get(rng.chance(0.5) ? a.state!.code : b.state!.code)
      const p = pool && pool.length > 0 && rng.chance(0.8) ? rng.pick(pool) : (persons[rng.weighted(speakerWeights)] as Actor)
      if (used.has(p.id)) continue
      used.add(p.id)
      const role: ParticipantRole = kind === 'press_briefing' ? 'spokesperson' : k === 0 ? 'delegation_head' : rng.pick(['delegation_member', 'participant', 'chair'] as const)
      participants.push({ actor: p, role, citations: [], rowId: ++participantRow })
    }
    meetings.push({
      id,
      title,
      kind,
      date,
      day,
      location,
      city,
      description: `${capitalize(label)} between ${a.name} and ${b.name} in ${city}, on ${TOPIC_OBJECTS[topic][0]}.`,
      topic,
      citations: [],
      participants,
    })
  }

  const agreementIds = new IdMaker()
  const agreements: Agreement[] = []
  let partyRow = 0
  const statusWeights = cumulate([2, 4, 3, 2, 2, 1])
  const kindWeights = cumulate([3, 3, 2, 1, 2])
  for (let i = 0; i < counts.agreements; i++) {
    const j = i % counts.sources
    // Meetings of article j are j, j+S, j+2S…: link to one of them most of the time.
    const meeting = rng.chance(0.6) && j < meetings.length ? (meetings[j] as Meeting) : null
    const topic = meeting && rng.chance(0.7) ? meeting.topic : rng.pick(TOPICS)
    const kind = AGREEMENT_KINDS[rng.weighted(kindWeights)] as AgreementKind
    const status = AGREEMENT_STATUSES[rng.weighted(statusWeights)] as AgreementStatus
    const object = rng.pick(TOPIC_OBJECTS[topic])
    const title = capitalize(fill(rng.pick(AGREEMENT_TITLES[kind]), { o: object }))
    const day = clampDay((articleDays[j] as number) - rng.int(4))
    const roll = rng.next()
    const date =
      status === 'planned' || status === 'disputed' || roll > 0.8
        ? dateRec(null, 'unknown', status === 'disputed' ? 'Sources disagree on whether and when it was reached.' : 'No date for the agreement itself.')
        : roll < 0.5
          ? dateRec(ISO_DAYS[day] as string, 'stated', null)
          : roll < 0.7
            ? dateRec((ISO_DAYS[day] as string).slice(0, 7), 'inferred', `'this month' in an article published ${ISO_DAYS[articleDays[j] as number]}`)
            : dateRec((ISO_DAYS[day] as string).slice(0, 4), 'stated', null)
    const partyPool = meeting ? meeting.participants.map((p) => p.actor).filter((x) => x.kind !== 'person') : []
    const parties: Agreement['parties'] = []
    const chosen = partyPool.length >= 2 ? partyPool.slice(0, 2) : [rng.pick(states), states[(rng.int(states.length - 1) + 1) % states.length] as Actor]
    if (rng.chance(0.2)) chosen.push(rng.pick(organizations))
    const seen = new Set<string>()
    for (const actor of chosen) {
      if (seen.has(actor.id)) continue
      seen.add(actor.id)
      parties.push({ actor, citations: [], rowId: ++partyRow })
    }
    agreements.push({
      id: agreementIds.make(slugWords(title, 7)),
      title,
      kind,
      status,
      date,
      summary: `${title}${meeting ? `, discussed at the ${meeting.title}` : ''}. Status: ${status.replace(/_/g, ' ')}.`,
      meeting,
      topic,
      citations: [],
      parties,
    })
  }

  return { actors, states, organizations, persons, groups, publishers, personsByCountry, orgsByCountry, speakerWeights, meetings, agreements, articleDays, articleDated }
}

