import { z } from 'zod'
import { DATE_BASES } from '../domain/vocabulary.js'
import { isEdtf } from '../domain/edtf.js'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const Slug = z
  .string()
  .max(80)
  .regex(SLUG_PATTERN, 'must be a lowercase slug: letters, digits and single hyphens, e.g. "lloyd-austin"')

export const EdtfString = z.string().refine(isEdtf, {
  message: 'must be an EDTF date (level 0-1): 2024, 2024-07, 2024-07-23, 2024-07-22/2024-07-23, 2021-10-14?',
})

export const DateBasis = z.enum(DATE_BASES)

export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, e.g. "IQ"')
