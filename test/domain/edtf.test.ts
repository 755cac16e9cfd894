import t from 'tap'
import { isEdtf, parseEdtf } from '../../src/domain/edtf.js'

t.test('level 0 dates give their first and last day and precision', async (t) => {
  t.match(parseEdtf('2024'), { start: '2024-01-01', end: '2024-12-31', precision: 'year', interval: false })
  t.match(parseEdtf('2024-02'), { start: '2024-02-01', end: '2024-02-29', precision: 'month' })
  t.match(parseEdtf('2023-02'), { end: '2023-02-28' })
  t.match(parseEdtf('2024-07-23'), { start: '2024-07-23', end: '2024-07-23', precision: 'day', uncertain: false })
})

t.test('intervals take the start of the first and the end of the last part', async (t) => {
  t.match(parseEdtf('2024-07-22/2024-07-23'), { start: '2024-07-22', end: '2024-07-23', precision: 'day', interval: true })
  t.match(parseEdtf('2024-01/2024-07-23'), { start: '2024-01-01', end: '2024-07-23', precision: 'month' })
  t.match(parseEdtf('2024-07/..'), { start: '2024-07-01', end: null, interval: true })
  t.match(parseEdtf('/2008'), { start: null, end: '2008-12-31' })
})

t.test('level 1 qualifiers and unspecified digits', async (t) => {
  t.match(parseEdtf('2021-10-14?'), { start: '2021-10-14', uncertain: true, approximate: false })
  t.match(parseEdtf('2024~'), { approximate: true, uncertain: false })
  t.match(parseEdtf('2024-07%'), { approximate: true, uncertain: true, precision: 'month' })
  t.match(parseEdtf('201X'), { start: '2010-01-01', end: '2019-12-31', precision: 'decade' })
  t.match(parseEdtf('20XX'), { start: '2000-01-01', end: '2099-12-31', precision: 'century' })
  t.match(parseEdtf('2004-XX'), { start: '2004-01-01', end: '2004-12-31', precision: 'year' })
  t.match(parseEdtf('1985-04-XX'), { start: '1985-04-01', end: '1985-04-30', precision: 'month' })
})

t.test('malformed and impossible dates are rejected with a reason', async (t) => {
  for (const bad of ['', ' 2024', '24', '2024-13', '2024-00', '2023-02-29', '2024-04-31', '2024/2023', '../..', '2024-07-23T10:00', 'XXXX-04', '2024-21', 'July 2024', '2024-1-5', '201X-05', '2024-XX-05', '1/2/3']) {
    t.throws(() => parseEdtf(bad), { name: 'EdtfError' }, `rejects ${JSON.stringify(bad)}`)
    t.equal(isEdtf(bad), false)
  }
  t.throws(() => parseEdtf('2024-13'), /month 13 does not exist/)
  t.throws(() => parseEdtf('2024-07-23/2024-07-22'), /ends before it starts/)
})
