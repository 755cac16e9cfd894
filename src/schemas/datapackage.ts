// The Frictionless Data Package descriptor (the parts this API writes).
import { z } from 'zod'

export const TableField = z
  .object({
    name: z.string(),
    type: z.enum(['string', 'integer', 'boolean', 'date', 'datetime']),
    format: z.string().optional(),
    description: z.string().optional(),
    constraints: z
      .object({ required: z.boolean().optional(), unique: z.boolean().optional(), enum: z.array(z.string()).optional(), minimum: z.number().optional() })
      .optional(),
  })
  .meta({ id: 'TableField', description: 'A Table Schema field: one CSV column.' })

export const TableSchema = z
  .object({
    fields: z.array(TableField),
    primaryKey: z.array(z.string()),
    foreignKeys: z.array(z.object({ fields: z.array(z.string()), reference: z.object({ resource: z.string(), fields: z.array(z.string()) }) })),
    missingValues: z.array(z.string()),
  })
  .meta({ id: 'TableSchema', description: 'A Frictionless Table Schema: the columns of one CSV, its primary key and foreign keys.' })

export const DataResource = z
  .object({
    name: z.string(),
    path: z.string().describe('The CSV: its URL in the descriptor served here, its file name in the zip.'),
    profile: z.literal('tabular-data-resource'),
    format: z.literal('csv'),
    mediatype: z.literal('text/csv'),
    encoding: z.literal('utf-8'),
    dialect: z.object({ delimiter: z.string(), lineTerminator: z.string(), quoteChar: z.string(), doubleQuote: z.boolean(), header: z.boolean() }),
    schema: TableSchema,
  })
  .meta({ id: 'DataResource', description: 'One CSV of the package.' })

export const DataPackage = z
  .object({
    profile: z.literal('tabular-data-package'),
    name: z.string(),
    title: z.string(),
    description: z.string(),
    created: z.string().optional().describe('When the dataset last changed (RFC 3339).'),
    resources: z.array(DataResource),
  })
  .meta({ id: 'DataPackage', description: 'A Frictionless Data Package descriptor (https://specs.frictionlessdata.io/data-package/).' })
