// Deterministic randomness: every choice gen makes comes from one seeded generator, so a seed fixes the output.

export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number
  constructor(seed: number) {
    this.a = seed >>> 0
    this.b = 0x9e3779b9
    this.c = 0x243f6a88
    this.d = (0xb7e15162 ^ seed) >>> 0
    for (let i = 0; i < 20; i++) this.next()
  }
  /** sfc32: a float in [0, 1). */
  next(): number {
    this.a >>>= 0
    this.b >>>= 0
    this.c >>>= 0
    this.d >>>= 0
    let t = (this.a + this.b) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.d = (this.d + 1) | 0
    t = (t + this.d) | 0
    this.c = (this.c + t) | 0
    return (t >>> 0) / 4294967296
  }
  int(n: number): number {
    return Math.floor(this.next() * n)
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1)
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T
  }
  /** An index drawn with the given (cumulative) weights. */
  weighted(cumulative: Float64Array | number[]): number {
    const total = cumulative[cumulative.length - 1] as number
    return bisect(cumulative, this.next() * total)
  }
  normal(): number {
    const u = 1 - this.next()
    const v = this.next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }
  /** Up to `k` distinct items of `list`, in list order. */
  sample<T>(list: readonly T[], k: number): T[] {
    if (k >= list.length) return [...list]
    const chosen = new Uint8Array(list.length)
    let left = k
    // Selection sampling (Knuth's algorithm S): one pass, order kept.
    for (let i = 0; i < list.length && left > 0; i++) {
      if (this.next() * (list.length - i) < left) {
        chosen[i] = 1
        left--
      }
    }
    return list.filter((_v, i) => chosen[i] === 1)
  }
}

function bisect(cumulative: ArrayLike<number>, x: number): number {
  let lo = 0
  let hi = cumulative.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((cumulative[mid] as number) > x) hi = mid
    else lo = mid + 1
  }
  return lo
}

export const cumulate = (weights: number[]): Float64Array => {
  const out = new Float64Array(weights.length)
  let sum = 0
  weights.forEach((w, i) => (out[i] = sum += w))
  return out
}

/** Zipf weights 1/k^s for ranks 1..n. */
export const zipf = (n: number, s: number) => cumulate(Array.from({ length: n }, (_v, k) => 1 / (k + 1) ** s))
