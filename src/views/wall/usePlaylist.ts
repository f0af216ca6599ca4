import { computed, onScopeDispose, ref, watch } from 'vue'
import { useEventListener } from '@vueuse/core'
import { useRuntimeConfig } from '@/ui/runtimeConfig'
import { useUrlQuery } from '@/ui/urlQuery'
import { useVersionCheck } from '@/ui/useVersionCheck'
import { useUiStore } from '@/stores/ui'
import { whenMapDrawn } from '@/features/map'
import { keyAction, resolvePlaylist, startingPlaylist, stepIndex } from './playlist'
import { pinnedScene, sceneById, SCENE_IDS } from './scenes'

/**
 * Runs the wall's playlist (runtime config `wallPlaylist`, else every scene for `wallSceneSeconds`;
 * fractional seconds accelerate it for a soak run). `?scene=<id>` pins one: the wall holds it until an
 * operator presses space. Keys: space pauses or resumes, ←/→ go back or next, 1–9 jump. The position
 * lives in the UI store. A new deployment found by the version check is loaded at the next scene
 * change, so nobody sees a reload mid-scene.
 *
 * The clock starts once the first scene's map is drawn (or after `FIRST_DRAW_WAIT_MS` without a map):
 * a scene's time on screen is not spent loading it, and the progress bar and ticker stay still
 * meanwhile instead of taking CPU and GPU time from the first draw.
 */
export const FIRST_DRAW_WAIT_MS = 15_000

export function usePlaylist() {
  const ui = useUiStore()
  const config = useRuntimeConfig()
  const { updateReady } = useVersionCheck()

  const pinned = pinnedScene(useUrlQuery().value.scene)
  const { entries, start: first } = startingPlaylist(
    resolvePlaylist(config.wallPlaylist, SCENE_IDS, config.wallSceneSeconds),
    pinned,
    ui.wallScene,
    config.wallSceneSeconds,
  )
  const count = entries.length

  const paused = ref(pinned !== null)
  /** False until the first scene is drawn: the rotation clock and the wall's motion wait for it. */
  const started = ref(false)
  /** Bumped on every scene change, so the progress bar restarts even when a scene follows itself. */
  const cycle = ref(0)
  let timer: ReturnType<typeof setTimeout> | undefined
  let deadline = 0
  let remaining = 0

  const index = computed(() => stepIndex(ui.wallScene, 0, count))
  const entry = computed(() => entries[index.value]!)
  const scene = computed(() => sceneById(entry.value.scene))

  function schedule(ms: number): void {
    clearTimeout(timer)
    deadline = performance.now() + ms
    timer = setTimeout(() => go(index.value + 1), ms)
  }

  function go(i: number): void {
    if (updateReady.value) {
      location.reload()
      return
    }
    ui.wallScene = stepIndex(i, 0, count)
    cycle.value++
    remaining = entry.value.seconds * 1000
    if (!paused.value && started.value) schedule(remaining)
  }

  function toggle(): void {
    if (paused.value) {
      paused.value = false
      if (started.value) schedule(remaining)
    } else {
      paused.value = true
      if (!started.value) return
      clearTimeout(timer)
      remaining = Math.max(0, deadline - performance.now())
    }
  }

  let disposed = false
  function start(): void {
    if (started.value || disposed) return
    started.value = true
    clearTimeout(startCap)
    if (!paused.value) schedule(remaining)
  }
  const startCap = setTimeout(start, FIRST_DRAW_WAIT_MS)
  void whenMapDrawn().then(start)

  useEventListener(window, 'keydown', (e: KeyboardEvent) => {
    if (e.ctrlKey || e.altKey || e.metaKey) return
    const a = keyAction(e.key, count)
    if (!a) return
    e.preventDefault()
    if (a.kind === 'toggle') toggle()
    else go(a.kind === 'step' ? index.value + a.by : a.index)
  })

  go(first)
  // A deployment found while paused (a pinned wall) is loaded now: nothing else would change scene.
  watch(updateReady, (ready) => ready && paused.value && location.reload())
  onScopeDispose(() => {
    disposed = true
    clearTimeout(timer)
    clearTimeout(startCap)
  })

  return { scene, entry, index, count, paused, started, cycle, toggle }
}
