import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

/**
 * `/` goes to the planner's workspace: that's who opens the bare address; a wall is set up once
 * with its own URL. Redirects keep the query so `/?lang=en` still switches language.
 * Views are separate chunks: the wall never loads the explore controls and vice versa.
 */
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: (to) => ({ path: '/explore', query: to.query }) },
  { path: '/wall', name: 'wall', component: () => import('./views/wall/WallView.vue') },
  { path: '/explore', name: 'explore', component: () => import('./views/explore/ExploreView.vue') },
  { path: '/:pathMatch(.*)*', redirect: (to) => ({ path: '/explore', query: to.query }) },
]

export function createAppRouter() {
  return createRouter({ history: createWebHistory(import.meta.env.BASE_URL), routes })
}
