// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mountWithApp } from './testUtils'
import WallWatchdog from './WallWatchdog.vue'

/** Animation frames the test hands out: `answer()` runs the frames asked for so far, as a drawing page would. */
const frames = {
  asked: 0,
  pending: new Map<number, FrameRequestCallback>(),
  answer() {
    const due = [...this.pending.values()]
    this.pending.clear()
    for (const cb of due) cb(performance.now())
  },
}

const reload = vi.fn()

beforeEach(() => {
  vi.useFakeTimers()
  frames.asked = 0
  frames.pending.clear()
  reload.mockReset()
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    frames.asked++
    frames.pending.set(frames.asked, cb)
    return frames.asked
  })
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.pending.delete(id))
  vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location)
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  localStorage.clear()
})

// watchdogSeconds 20: a check every 5 s.
const mountWatchdog = () => mountWithApp(WallWatchdog, {}, { config: { watchdogSeconds: 20 } })

describe('WallWatchdog', () => {
  it('asks for one frame per check, not one every frame, on a wall that keeps drawing', async () => {
    const wrapper = mountWatchdog()
    for (let i = 0; i < 12; i++) {
      await vi.advanceTimersByTimeAsync(5_000)
      frames.answer()
    }
    // A minute of checks: 12 probes. A per-vsync loop would have asked 3,600 times (and would ask
    // again from inside each answered frame).
    expect(frames.asked).toBe(12)
    expect(reload).not.toHaveBeenCalled()
    wrapper.unmount()
    expect(frames.pending.size).toBe(0)
  })

  it('reloads, and records it, when frames stop coming for the limit', async () => {
    mountWatchdog()
    await vi.advanceTimersByTimeAsync(5_000)
    frames.answer()
    // From here the renderer draws nothing: the probe is never answered, and no second one is stacked on it.
    await vi.advanceTimersByTimeAsync(20_000)
    expect(reload).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(5_000)
    expect(reload).toHaveBeenCalledTimes(1)
    expect(frames.pending.size).toBe(1)
    expect(JSON.parse(localStorage.getItem('cdb.watchdog.reloads') ?? '[]')).toEqual([expect.objectContaining({ reason: 'stalled' })])
  })
})
