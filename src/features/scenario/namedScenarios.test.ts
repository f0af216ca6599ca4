import { describe, expect, it } from 'vitest'
import { cleanName, parseStored, removeNamed, saveNamed } from './namedScenarios'

describe('named scenarios', () => {
  it('saves newest first, replacing one of the same name', () => {
    let list = saveNamed([], 'A', { sb: '-10' })
    list = saveNamed(list, 'B', { sm: '1' })
    list = saveNamed(list, 'A', { sb: '-20' })
    expect(list).toEqual([
      { name: 'A', query: { sb: '-20' } },
      { name: 'B', query: { sm: '1' } },
    ])
    expect(removeNamed(list, 'A')).toEqual([{ name: 'B', query: { sm: '1' } }])
  })
  it('cleans names and ignores empty ones', () => {
    expect(cleanName('  出生 -10%\u0007 ')).toBe('出生 -10%')
    expect(saveNamed([], '   ', {})).toEqual([])
  })
  it('keeps only well-formed stored entries', () => {
    expect(parseStored([{ name: 'x', query: { sb: '1' } }, { name: 2 }, null, { name: 'y', query: { sb: 1 } }])).toEqual([
      { name: 'x', query: { sb: '1' } },
    ])
    expect(parseStored('nope')).toEqual([])
  })
})
