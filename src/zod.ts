/**
 * zod for the app: the tree-shakable `zod/mini` API (classic zod cost the first screen 26.4 kB gzip,
 * mini with the English messages 10.6 kB), set up once for everything that imports `z` from here.
 */
import { z } from 'zod/mini'
import { en } from 'zod/locales'

z.config({
  // No compiled validators: zod's JIT probes `new Function`, which the app's CSP forbids (no eval),
  // and the browser reports the probe as a violation even though zod catches it. Mini compiles
  // nothing itself (only classic objects do); kept so a classic import can never bring the probe back.
  jitless: true,
  // Mini loads no messages: without them every issue reads "Invalid input", and a config or schema
  // error would name the field but not say what is wrong with it.
  ...en(),
})

// Listed in package.json's sideEffects: the bundler would otherwise bind importers straight to
// zod/mini's `z` and drop this module's body, config and all.
export { z }
