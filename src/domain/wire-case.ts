// Records are camelCase in the code and snake_case on the wire (the change feed), like every other
// field of the API. Only keys change; values (ids, quotes, EDTF strings) are left alone.

const toSnake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
const toCamel = (key: string) => key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())

function mapKeys(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => mapKeys(v, rename))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [rename(k), mapKeys(v, rename)]))
}

export const snakeKeys = <T>(value: unknown) => mapKeys(value, toSnake) as T
export const camelKeys = <T>(value: unknown) => mapKeys(value, toCamel) as T
