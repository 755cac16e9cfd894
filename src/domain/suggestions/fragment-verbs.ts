// Whether a short quoted fragment says something ("turns a page", "will end in two phases") or only
// names or qualifies ("very important", "transition", "enduring bilateral security partnership"):
// wink-nlp's part-of-speech tagger (its English model ships as an npm package) looks for a verb.
// Loaded on first use (about 0.3 s), then kept.
import winkNLP, { type WinkMethods } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

let nlp: WinkMethods | null = null

/** True when the words hold a finite verb: an auxiliary, or a verb that is not a leading -ing form. */
export function fragmentHasVerb(words: string): boolean {
  nlp ??= winkNLP(model, ['pos'])
  const tags = nlp.readDoc(words).tokens().out(nlp.its.pos) as string[]
  const values = nlp.readDoc(words).tokens().out() as string[]
  return tags.some((tag, i) => tag === 'AUX' || (tag === 'VERB' && !(i === 0 && /ing$/iu.test(values[i] ?? ''))))
}
