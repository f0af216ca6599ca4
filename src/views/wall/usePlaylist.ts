import { computed, watch } from 'vue'
import { useIntervalFn } from '@vueuse/core'
import { useRoute } from 'vue-router'
import { useRuntimeConfig } from '@/ui/runtimeConfig'
import { useUiStore } from '@/stores/ui'
import { nextScene, pinnedScene, WALL_SCENES } from './scenes'

/**
 * Rotates the wall through its scenes every `wallSceneSeconds`; `?scene=<id>` pins one (for a
 * screen that should show only commuting, or for screenshots). The position lives in the UI store.
 */
export function usePlaylist() {
  const route = useRoute()
  const ui = useUiStore()
  const config = useRuntimeConfig()
  const pinned = computed(() => pinnedScene(route.query.scene))

  watch(pinned, (i) => i !== null && (ui.wallScene = i), { immediate: true })
  useIntervalFn(() => {
    if (pinned.value === null) ui.wallScene = nextScene(ui.wallScene)
  }, config.wallSceneSeconds * 1000)

  const scene = computed(() => WALL_SCENES[ui.wallScene % WALL_SCENES.length] ?? WALL_SCENES[0]!)
  return { scene, index: computed(() => ui.wallScene), count: WALL_SCENES.length }
}
