import { describe, expect, it } from 'vitest'
import { baselineAssumptions, type Assumptions } from './assumptions'
import { decodeScenario, encodeScenario } from './scenarioUrl'

const ctx = { leadYears: 3, baseYear: 2025 }

describe('scenario URL', () => {
  it('round-trips every field', () => {
    const a: Assumptions = {
      birthsPct: -10,
      migrationPts: 0.3,
      enrolmentPct: 2,
      leadYears: 4,
      doctorsPct: { '310112': 20, '310115': -15 },
      schoolChanges: [
        { region: '310112', level: 'junior', seats: 1200, year: 2028 },
        { region: '310101', level: 'primary', seats: -450, year: 2030 },
      ],
    }
    const query = encodeScenario(a, ctx)
    expect(query).toEqual({
      sb: '-10',
      sm: '0.3',
      se: '2',
      slt: '4',
      sd: '310112:20,310115:-15',
      ss: '310112:junior:1200:2028,310101:primary:-450:2030',
    })
    expect(decodeScenario(query, ctx)).toEqual({ assumptions: a, rejected: [] })
  })

  it('leaves the baseline out of the URL', () => {
    expect(Object.values(encodeScenario(baselineAssumptions(3), ctx)).filter(Boolean)).toEqual([])
  })

  it('trims float noise from slider steps', () => {
    expect(encodeScenario({ ...baselineAssumptions(3), migrationPts: 0.1 + 0.2 }, ctx).sm).toBe('0.3')
  })

  it('falls back field by field on malformed or out-of-range values and says which', () => {
    const { assumptions, rejected } = decodeScenario(
      {
        sb: '-500',
        sm: 'abc',
        se: '5',
        slt: '2.5',
        sd: '310112:20,310112:30',
        ss: '310112:senior:100:2028',
      },
      ctx,
    )
    expect(assumptions).toEqual({ ...baselineAssumptions(3), enrolmentPct: 5 })
    expect(rejected).toEqual(['sb', 'sm', 'slt', 'sd', 'ss'])
  })

  it('rejects hostile or oversized values without throwing', () => {
    const long = Array.from({ length: 41 }, (_, i) => `r${i}:10`).join(',')
    const { assumptions, rejected } = decodeScenario(
      { sd: long, ss: '<img src=x>:junior:10:2028', sb: '1e3', sm: ['0.5', '9'] },
      ctx,
    )
    expect(assumptions.doctorsPct).toEqual({})
    expect(assumptions.schoolChanges).toEqual([])
    expect(assumptions.migrationPts).toBe(0.5)
    expect(rejected).toEqual(['sb', 'sd', 'ss'])
  })

  it('keeps opening years inside the forecast horizon once the base year is known', () => {
    expect(decodeScenario({ ss: '310112:junior:100:2020' }, ctx).rejected).toEqual(['ss'])
    expect(decodeScenario({ ss: '310112:junior:100:2020' }, { ...ctx, baseYear: null }).rejected).toEqual([])
    expect(decodeScenario({ ss: '310112:junior:0:2028' }, ctx).rejected).toEqual(['ss'])
  })
})
