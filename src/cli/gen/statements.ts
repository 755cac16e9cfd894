// Sources and their statements: each article is written, its source row stored, and as many of its
// candidates as its share of the statements kept, each dated from the article's day and its hint.
import { createHash } from 'node:crypto'
import type { Sqlite } from '../../db/connection.js'
import { spanText } from './article-context.js'
import { writeArticle } from './article.js'
import type { ChangeLog } from './change-log.js'
import { clampDay, dateRec, ISO_DAYS, weekdayOf, type DateRec } from './dates.js'
import type { Inserts } from './inserts.js'
import type { Rng } from './random.js'
import { IdMaker, slugWords } from './text.js'
import type { Actor, Agreement, Cit, Meeting, World } from './world.js'

export interface StatementRows {
  statements: number
  speakers: number
  about: number
  topics: number
  citations: number
}

/** Statements per source: skewed (log-normal, capped), summing to exactly `statements`. */
function statementsPerSource(rng: Rng, sources: number, statements: number): Int32Array {
  const weights = Array.from({ length: sources }, () => Math.min(2.2, Math.exp(0.45 * rng.normal())))
  const wsum = weights.reduce((a, b) => a + b, 0)
  const perSource = new Int32Array(sources)
  let assigned = 0
  weights.forEach((w, j) => {
    perSource[j] = Math.floor((statements * w) / wsum)
    assigned += perSource[j] as number
  })
  for (let j = 0; assigned < statements; j = (j + 1) % sources) {
    perSource[j] = (perSource[j] as number) + 1
    assigned++
  }
  return perSource
}

/** Writes every source and its statements, committing every `batch` statements. */
export function writeSourcesAndStatements(
  db: Sqlite,
  ins: Inserts,
  changes: ChangeLog,
  rng: Rng,
  world: World,
  options: { sources: number; statements: number; batch: number; log: (line: string) => void },
): StatementRows {
  const perSource = statementsPerSource(rng, options.sources, options.statements)
  const sourceIds = new IdMaker()
  const agreementOfMeeting = new Map<Meeting, Agreement>()
  for (const g of world.agreements) if (g.meeting && !agreementOfMeeting.has(g.meeting)) agreementOfMeeting.set(g.meeting, g)
  const statementIds = new IdMaker()
  const rows: StatementRows = { statements: 0, speakers: 0, about: 0, topics: 0, citations: 0 }
  let rowsInTx = 0
  db.exec('BEGIN')
  for (let j = 0; j < options.sources; j++) {
    const want = perSource[j] as number
    const { sourceId, title, author, publisher: pub, text, day, dated, candidates } = writeArticle(rng, world, j, options.sources, want, sourceIds)

    // The source row.
    const seq = changes.seq('source', j + 1)
    const now = changes.at(seq)
    const roll = rng.next()
    const published =
      !dated
        ? dateRec(null, 'unknown', rng.pick(['The text gives no date.', "The text says only 'on Monday'; no date in the article or its URL."]))
        : roll < 0.55
          ? dateRec(ISO_DAYS[day] as string, 'stated', null)
          : roll < 0.85
            ? dateRec(ISO_DAYS[day] as string, 'inferred', `From the URL path /${(ISO_DAYS[day] as string).replace(/-/g, '/')}/.`)
            : roll < 0.92
              ? dateRec(`${ISO_DAYS[day]}?`, 'inferred', 'From the publisher’s archive page; not printed in the article.')
              : dateRec((ISO_DAYS[day] as string).slice(0, 7), 'stated', null)
    const language = rng.chance(0.97) ? 'en' : rng.pick(['ar', 'fr', 'tr', 'ku'])
    const notes = language !== 'en' ? `English translation published by ${pub.name}.` : rng.chance(0.2) ? `Boilerplate, not data: the ${pub.name} footer.` : null
    const url = rng.chance(0.8) ? `https://www.${pub.domain}/${published.start ? published.start.slice(0, 4) + '/' : ''}${sourceId}` : null
    const sha = createHash('sha256').update(text, 'utf8').digest('hex')
    ins.source.run(sourceId, title, pub.name, author, url, language, published.edtf, published.start, published.end, published.basis, published.note, notes, text, sha, now, now)
    changes.upsert(seq, 'source', sourceId, { id: sourceId, title, publisher: pub.name, author, url, language, published, notes, text, sha256: sha, seed_file: null })

    // Its statements.
    for (const c of rng.sample(candidates, want)) {
      const sseq = changes.seq('statement', ++rows.statements)
      const snow = changes.at(sseq)
      const stext = spanText(text, c.span)
      const lead = c.speakers[0] as Actor
      const id = statementIds.make(`${slugWords(lead.short, 2)}-${slugWords(stext, 4)}`)
      let date: DateRec
      const r = rng.next()
      if (c.dateHint === 'none' || (!dated && r < 0.85) || r > 0.94) date = dateRec(null, 'unknown', dated ? 'The statement is not dated.' : `'${weekdayOf(day)}'; the article carries no date.`)
      else if (c.dateHint === 'year' || r > 0.91) date = dateRec((ISO_DAYS[day] as string).slice(0, 4), 'stated', null)
      else if (c.dateHint === 'month' || r > 0.85 || !dated) date = dateRec((ISO_DAYS[day] as string).slice(0, 7), 'inferred', `'this month' in an article from ${(ISO_DAYS[day] as string).slice(0, 7)}`)
      else if (r < 0.45) date = dateRec(ISO_DAYS[day] as string, 'stated', null)
      else {
        const back = rng.int(3)
        date = dateRec(ISO_DAYS[clampDay(day - back)] as string, 'inferred', back === 0 ? `'today' in an article published ${ISO_DAYS[day]}` : `'on ${weekdayOf(day - back)}' in an article published ${ISO_DAYS[day]}`)
      }
      const meetingId = c.meeting?.id ?? null
      const agreementId = c.agreement?.id ?? (c.meeting && rng.chance(0.05) ? (agreementOfMeeting.get(c.meeting)?.id ?? null) : null)
      ins.statement.run(id, c.kind, stext, sourceId, c.span.c0, c.span.c1, date.edtf, date.start, date.end, date.basis, date.note, meetingId, agreementId, snow, snow)
      const speakers = [...new Set(c.speakers.map((a) => a.id))]
      speakers.forEach((a, pos) => ins.speaker.run(id, a, pos))
      const about = [...new Set(c.about.map((a) => a.id))].filter((a) => !speakers.includes(a))
      about.forEach((a, pos) => ins.about.run(id, a, pos))
      c.topics.forEach((t, pos) => ins.topic.run(id, t, pos))
      const citations: Cit[] = c.attribution ? [{ source_id: sourceId, start: c.attribution.c0, end: c.attribution.c1, quote: spanText(text, c.attribution) }] : []
      citations.forEach((ct, pos) => ins.citation.run(ct.source_id, ct.start, ct.end, ct.quote, pos, null, null, null, id, null, null, null, snow, snow))
      rows.speakers += speakers.length
      rows.about += about.length
      rows.topics += c.topics.length
      rows.citations += citations.length
      changes.upsert(sseq, 'statement', id, {
        id,
        kind: c.kind,
        source_id: sourceId,
        text: stext,
        text_start: c.span.c0,
        text_end: c.span.c1,
        date,
        meeting_id: meetingId,
        agreement_id: agreementId,
        speakers,
        about,
        topics: c.topics,
        citations,
      })
      rowsInTx++
    }
    if (rowsInTx >= options.batch) {
      db.exec('COMMIT')
      db.exec('BEGIN')
      rowsInTx = 0
    }
    if (j % 2000 === 1999) options.log(`gen:   ${j + 1} sources, ${rows.statements} statements`)
  }
  db.exec('COMMIT')
  return rows
}
