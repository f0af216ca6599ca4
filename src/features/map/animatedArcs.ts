import type { FeatureCollection, Position } from 'geojson'
import type { CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl'
import { motionIntervalMs, nextBackoffMs } from './arcFrames'
import { ARC_VERTEX_FLOATS, buildArcBuffers, type ArcInput, type Pt } from './arcs'
import type { DataCustomLayer } from './mapLayer'

/**
 * OD arcs drawn by a MapLibre custom WebGL layer. Vertex buffers are built once per data change;
 * each frame only sets a handful of uniforms (matrix copied into a preallocated array, a time shift)
 * and issues one draw call: no allocation per frame. Pulses run from origin to destination and the
 * colour brightens towards the destination, so direction reads even when motion is off.
 *
 * Each animation frame re-renders the whole map, not just this layer, so frames are asked for only
 * as often as the pulses visibly move, and less often while the GPU is still busy with earlier
 * frames (see arcFrames.ts).
 */

const VS = `#version 300 es
uniform mat4 u_matrix;
uniform float u_merc_per_px;
uniform float u_scale;
layout(location = 0) in vec2 a_pos;
layout(location = 1) in vec2 a_normal;
layout(location = 2) in float a_side;
layout(location = 3) in float a_km;
layout(location = 4) in float a_width;
layout(location = 5) in float a_phase;
layout(location = 6) in float a_t;
out float v_side; out float v_km; out float v_phase; out float v_t; out float v_half;
void main() {
  float half_px = a_width * u_scale * 0.5 + 1.0; // one extra pixel for the antialiased edge
  gl_Position = u_matrix * vec4(a_pos + a_normal * a_side * half_px * u_merc_per_px, 0.0, 1.0);
  v_side = a_side; v_km = a_km; v_phase = a_phase; v_t = a_t; v_half = half_px;
}`

const FS = `#version 300 es
precision highp float;
uniform float u_shift;
uniform float u_spacing_km;
uniform vec3 u_from;
uniform vec3 u_to;
uniform vec3 u_pulse;
in float v_side; in float v_km; in float v_phase; in float v_t; in float v_half;
out vec4 fragColor;
void main() {
  float edge = clamp((1.0 - abs(v_side)) * v_half, 0.0, 1.0);
  float f = fract(v_km / u_spacing_km - u_shift + v_phase);
  // A comet: bright head at f→1 moving towards the destination, tail fading behind it.
  float comet = smoothstep(0.45, 0.96, f) * (1.0 - smoothstep(0.96, 1.0, f));
  vec3 base = mix(u_from, u_to, v_t);
  vec3 rgb = mix(base, u_pulse, comet * 0.85);
  // A dark casing on lines wider than ~3 px keeps pale arcs legible over pale choropleths.
  float casing = smoothstep(0.6, 0.9, abs(v_side)) * clamp((v_half - 2.5) / 2.0, 0.0, 1.0);
  rgb = mix(rgb, vec3(0.03, 0.06, 0.14), casing * 0.85);
  float a = (0.62 + 0.38 * comet) * edge;
  fragColor = vec4(rgb * a, a);
}`

const COLORS = {
  dark: { from: [0.2, 0.45, 0.95], to: [0.45, 0.9, 1.0], pulse: [1.0, 1.0, 1.0] },
  light: { from: [0.45, 0.35, 0.8], to: [0.05, 0.35, 0.8], pulse: [0.02, 0.05, 0.25] },
} as const

function compile(gl: WebGL2RenderingContext, type: number, src: string): WebGLShader {
  const s = gl.createShader(type)
  if (!s) throw new Error('createShader failed')
  gl.shaderSource(s, src)
  gl.compileShader(s)
  if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) throw new Error(gl.getShaderInfoLog(s) ?? 'shader compile failed')
  return s
}

/** Below this a pulse visibly jumps; back-pressure may still go lower (the page comes first). */
const MIN_FPS = 8

type Uniform = 'u_matrix' | 'u_merc_per_px' | 'u_scale' | 'u_shift' | 'u_spacing_km' | 'u_from' | 'u_to' | 'u_pulse'
const UNIFORMS: Uniform[] = ['u_matrix', 'u_merc_per_px', 'u_scale', 'u_shift', 'u_spacing_km', 'u_from', 'u_to', 'u_pulse']

export class AnimatedArcsLayer implements DataCustomLayer {
  readonly type = 'custom' as const
  readonly renderingMode = '2d' as const
  private map: MapLibreMap | null = null
  private gl: WebGL2RenderingContext | null = null
  private program: WebGLProgram | null = null
  private vao: WebGLVertexArrayObject | null = null
  private vbo: WebGLBuffer | null = null
  private ibo: WebGLBuffer | null = null
  private loc = {} as Record<Uniform, WebGLUniformLocation | null>
  private indexCount = 0
  private pending: ArcInput[] | null = null
  /** Kept to re-upload after the GPU context is lost and restored (a kiosk runs for weeks). */
  private arcs: ArcInput[] = []
  private readonly matrix = new Float32Array(16)
  private animated = true
  private uiScale = 1
  private theme: 'light' | 'dark' = 'dark'
  private shift = 0
  private lastFrame = 0
  private timer: ReturnType<typeof setTimeout> | null = null
  /** When the last frame was asked for (0: the current render was not ours). */
  private askedAt = 0
  /** Floor on the frame interval while frames arrive late (ms). */
  private backoff = 0
  private interval = 0
  /** cos(latitude) of the arcs: converts km along an arc into screen pixels. */
  private cosLat = 1
  /** Pre-bound so scheduling the next frame allocates nothing. */
  private readonly kick = (): void => {
    this.timer = null
    this.askedAt = performance.now()
    this.map?.triggerRepaint()
  }

  /** Most frames per second while animating (fewer when pulses move under a pixel per frame). */
  constructor(
    readonly id: string,
    private readonly fps = 30,
    /** Pulse spacing along the arc (km) and speed (pulses per second). */
    private readonly spacingKm = 6,
    private readonly speed = 0.35,
  ) {}

  setData(fc: FeatureCollection): void {
    const arcs: ArcInput[] = []
    let latSum = 0
    let latN = 0
    for (const f of fc.features) {
      if (f.geometry.type !== 'LineString') continue
      const p = f.properties ?? {}
      for (const c of f.geometry.coordinates) {
        latSum += c[1] ?? 0
        latN++
      }
      arcs.push({
        path: f.geometry.coordinates.map((c: Position) => [c[0] ?? 0, c[1] ?? 0] as Pt),
        widthPx: typeof p.w === 'number' ? p.w : 2,
        phase: typeof p.phase === 'number' ? p.phase : 0,
      })
    }
    this.pending = arcs
    this.arcs = arcs
    if (latN > 0) this.cosLat = Math.cos(((latSum / latN) * Math.PI) / 180)
    this.map?.triggerRepaint()
  }

  setAnimated(on: boolean): void {
    this.animated = on
    this.map?.triggerRepaint()
  }

  setUiScale(scale: number): void {
    this.uiScale = scale
    this.map?.triggerRepaint()
  }

  setTheme(theme: 'light' | 'dark'): void {
    this.theme = theme
    this.map?.triggerRepaint()
  }

  private readonly onContextRestored = (): void => {
    if (!this.gl) return
    this.init(this.gl)
    this.pending = this.arcs
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map
    this.init(gl)
    map.on('webglcontextrestored', this.onContextRestored)
  }

  private init(gl: WebGL2RenderingContext): void {
    this.gl = gl
    const program = gl.createProgram()
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VS))
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FS))
    gl.linkProgram(program)
    if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(gl.getProgramInfoLog(program) ?? 'link failed')
    this.program = program
    for (const u of UNIFORMS) this.loc[u] = gl.getUniformLocation(program, u)
    this.vao = gl.createVertexArray()
    this.vbo = gl.createBuffer()
    this.ibo = gl.createBuffer()
    gl.bindVertexArray(this.vao)
    gl.bindBuffer(gl.ARRAY_BUFFER, this.vbo)
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, this.ibo)
    const stride = ARC_VERTEX_FLOATS * 4
    const attrs: [number, number, number][] = [[0, 2, 0], [1, 2, 8], [2, 1, 16], [3, 1, 20], [4, 1, 24], [5, 1, 28], [6, 1, 32]]
    for (const [index, size, offset] of attrs) {
      gl.enableVertexAttribArray(index)
      gl.vertexAttribPointer(index, size, gl.FLOAT, false, stride, offset)
    }
    gl.bindVertexArray(null)
  }

  private upload(gl: WebGL2RenderingContext, arcs: ArcInput[]): void {
    const { vertices, indices } = buildArcBuffers(arcs)
    gl.bindVertexArray(this.vao)
    gl.bindBuffer(gl.ARRAY_BUFFER, this.vbo)
    gl.bufferData(gl.ARRAY_BUFFER, vertices, gl.STATIC_DRAW)
    gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, indices, gl.STATIC_DRAW)
    gl.bindVertexArray(null)
    this.indexCount = indices.length
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    if (!this.program || !this.map) return
    if (this.pending) {
      this.upload(gl, this.pending)
      this.pending = null
    }
    if (this.indexCount === 0) return
    const now = performance.now()
    if (this.animated) this.shift = (this.shift + (Math.min(now - this.lastFrame, 100) / 1000) * this.speed) % 1
    this.lastFrame = now
    this.matrix.set(options.defaultProjectionData.mainMatrix)
    const c = COLORS[this.theme]
    gl.useProgram(this.program)
    gl.uniformMatrix4fv(this.loc.u_matrix, false, this.matrix)
    gl.uniform1f(this.loc.u_merc_per_px, 1 / (512 * 2 ** this.map.getZoom()))
    gl.uniform1f(this.loc.u_scale, this.uiScale)
    gl.uniform1f(this.loc.u_shift, this.shift)
    gl.uniform1f(this.loc.u_spacing_km, this.spacingKm)
    gl.uniform3f(this.loc.u_from, c.from[0], c.from[1], c.from[2])
    gl.uniform3f(this.loc.u_to, c.to[0], c.to[1], c.to[2])
    gl.uniform3f(this.loc.u_pulse, c.pulse[0], c.pulse[1], c.pulse[2])
    gl.bindVertexArray(this.vao)
    gl.drawElements(gl.TRIANGLES, this.indexCount, gl.UNSIGNED_INT, 0)
    gl.bindVertexArray(null)
    if (this.askedAt > 0) {
      this.backoff = nextBackoffMs(this.backoff, now - this.askedAt, this.interval)
      this.askedAt = 0
    }
    if (this.animated && this.timer === null) {
      const motion = motionIntervalMs(this.speed * this.spacingKm, this.map.getZoom(), this.cosLat, this.map.getPixelRatio(), this.fps, MIN_FPS)
      this.interval = Math.max(motion, this.backoff)
      this.timer = setTimeout(this.kick, this.interval)
    }
  }

  onRemove(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    map.off('webglcontextrestored', this.onContextRestored)
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    this.askedAt = 0
    this.backoff = 0
    gl.deleteProgram(this.program)
    gl.deleteVertexArray(this.vao)
    gl.deleteBuffer(this.vbo)
    gl.deleteBuffer(this.ibo)
    this.program = this.vao = this.vbo = this.ibo = null
    this.map = null
    this.gl = null
    this.indexCount = 0
  }
}
