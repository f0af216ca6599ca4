import { describe, expect, it } from 'vitest'
import { camerasDiffer } from './camera'

const at = { center: [121.47, 31.2] as [number, number], zoom: 8.6 }

describe('camerasDiffer', () => {
  it('ignores rounding of the centre, zoom, pitch and bearing', () => {
    expect(camerasDiffer(at, { center: [121.47004, 31.19996], zoom: 8.605, pitch: 0.2, bearing: -0.3 })).toBe(false)
  })

  it('sees a move in any of them', () => {
    expect(camerasDiffer(at, { ...at, center: [121.471, 31.2] })).toBe(true)
    expect(camerasDiffer(at, { ...at, zoom: 9.6 })).toBe(true)
    expect(camerasDiffer(at, { ...at, pitch: 45 })).toBe(true)
    expect(camerasDiffer(at, { ...at, bearing: 10 })).toBe(true)
  })
})
