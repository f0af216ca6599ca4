/**
 * Shanghai's 16 districts: names and 2020 census residents from shared/reference/shanghai.md
 * (real inputs), plus the assumptions that shape the modelled data (demo only).
 */
export type DistrictGroup = 'central' | 'pudong' | 'suburb'

/** [lng, lat, relative weight, spread σ in km]: an urban core that attracts residents or jobs. */
export type Core = readonly [number, number, number, number]

export interface District {
  code: string
  zh: string
  en: string
  /** English name for facility names, "Pudong No.3 …". */
  shortEn: string
  group: DistrictGroup
  /** 2020 census resident population (常住人口). */
  residents: number
  /** Residential cores: town centres and new towns. */
  cores: readonly Core[]
  model: {
    /** Births per resident relative to the city (young families in the new towns). */
    fertility: number
    /** Yearly change of the district's share of city births. */
    birthTrend: number
    /** Net migration of children per year of age, as a share of the cohort. */
    migration: number
    /** Share of people aged 60+ relative to the city. */
    elderly: number
    /** Jobs per resident relative to the city (CBDs, science parks). */
    jobs: number
    /** Share of the district's workers who commute to another district. */
    crossCommute: number
  }
}

const d = (
  code: string,
  zh: string,
  en: string,
  shortEn: string,
  group: DistrictGroup,
  residents: number,
  cores: readonly Core[],
  m: [fertility: number, birthTrend: number, migration: number, elderly: number, jobs: number, crossCommute: number],
): District => ({
  code,
  zh,
  en,
  shortEn,
  group,
  residents,
  cores,
  model: { fertility: m[0], birthTrend: m[1], migration: m[2], elderly: m[3], jobs: m[4], crossCommute: m[5] },
})

export const DISTRICTS: readonly District[] = [
  d('310101', '黄浦区', 'Huangpu', 'Huangpu', 'central', 662_030, [[121.478, 31.226, 1, 2.2]], [0.62, -0.015, -0.01, 1.45, 3.6, 0.5]),
  d('310104', '徐汇区', 'Xuhui', 'Xuhui', 'central', 1_113_078, [[121.437, 31.192, 1, 2.8], [121.43, 31.155, 0.7, 2.5]], [0.78, -0.008, -0.004, 1.2, 1.9, 0.42]),
  d('310105', '长宁区', "Changning", 'Changning', 'central', 693_051, [[121.415, 31.215, 1, 2.8]], [0.75, -0.01, -0.005, 1.25, 2.0, 0.42]),
  d('310106', '静安区', "Jing'an", "Jing'an", 'central', 975_707, [[121.455, 31.235, 1, 2.2], [121.455, 31.285, 0.8, 2.5]], [0.7, -0.012, -0.006, 1.35, 2.6, 0.45]),
  d('310107', '普陀区', 'Putuo', 'Putuo', 'central', 1_239_800, [[121.42, 31.25, 1, 2.8], [121.38, 31.265, 0.6, 2.8]], [0.82, -0.006, -0.002, 1.25, 1.6, 0.36]),
  d('310109', '虹口区', 'Hongkou', 'Hongkou', 'central', 757_498, [[121.485, 31.265, 1, 2.4]], [0.68, -0.012, -0.008, 1.45, 1.55, 0.38]),
  d('310110', '杨浦区', 'Yangpu', 'Yangpu', 'central', 1_242_548, [[121.52, 31.28, 1, 2.8], [121.51, 31.3, 0.6, 2]], [0.8, -0.008, -0.003, 1.25, 1.8, 0.34]),
  d('310112', '闵行区', 'Minhang', 'Minhang', 'suburb', 2_653_489,
    [[121.385, 31.11, 1, 3.5], [121.35, 31.16, 0.9, 3], [121.51, 31.08, 0.5, 3], [121.42, 31.03, 0.45, 3]],
    [1.12, 0.012, 0.012, 0.8, 1.0, 0.33]),
  d('310113', '宝山区', 'Baoshan', 'Baoshan', 'suburb', 2_235_218,
    [[121.41, 31.33, 1, 3.5], [121.48, 31.39, 0.8, 3], [121.35, 31.41, 0.4, 3]],
    [1.05, 0.008, 0.008, 0.95, 0.62, 0.36]),
  d('310114', '嘉定区', 'Jiading', 'Jiading', 'suburb', 1_834_258,
    [[121.25, 31.37, 1, 3.5], [121.32, 31.29, 0.9, 3], [121.16, 31.3, 0.5, 3]],
    [1.15, 0.014, 0.014, 0.78, 0.92, 0.25]),
  d('310115', '浦东新区', 'Pudong New Area', 'Pudong', 'pudong', 5_681_512,
    [[121.53, 31.225, 1, 4], [121.6, 31.2, 0.7, 3.5], [121.7, 31.19, 0.45, 3], [121.57, 31.11, 0.55, 3.5],
      [121.76, 31.05, 0.35, 3], [121.92, 30.9, 0.3, 4], [121.58, 31.34, 0.35, 3]],
    [1.0, 0.004, 0.004, 0.92, 1.35, 0.12]),
  d('310116', '金山区', 'Jinshan', 'Jinshan', 'suburb', 822_776,
    [[121.34, 30.72, 1, 3], [121.17, 30.9, 0.6, 3], [121.02, 30.89, 0.3, 2.5]],
    [0.88, -0.006, -0.002, 1.1, 0.72, 0.12]),
  d('310117', '松江区', 'Songjiang', 'Songjiang', 'suburb', 1_909_713,
    [[121.23, 31.03, 1, 4], [121.3, 31.12, 0.8, 3], [121.2, 31.09, 0.3, 2.5]],
    [1.15, 0.015, 0.015, 0.72, 0.85, 0.24]),
  d('310118', '青浦区', 'Qingpu', 'Qingpu', 'suburb', 1_271_424,
    [[121.12, 31.15, 1, 3.5], [121.27, 31.18, 0.9, 3], [121.05, 31.11, 0.3, 2.5]],
    [1.12, 0.013, 0.012, 0.8, 0.85, 0.24]),
  d('310120', '奉贤区', 'Fengxian', 'Fengxian', 'suburb', 1_140_872,
    [[121.46, 30.92, 1, 4], [121.65, 30.92, 0.3, 3], [121.38, 30.9, 0.3, 2.5]],
    [1.08, 0.01, 0.01, 0.85, 0.7, 0.16]),
  d('310151', '崇明区', 'Chongming', 'Chongming', 'suburb', 637_921,
    [[121.4, 31.62, 1, 3], [121.6, 31.53, 0.4, 2.5], [121.82, 31.48, 0.3, 3]],
    [0.7, -0.015, -0.012, 1.55, 0.45, 0.08]),
]

/** People's Square: the reference point for "city centre". */
export const CITY_CENTRE: readonly [number, number] = [121.4737, 31.2304]

/** Where jobs concentrate: CBDs, science parks, industrial zones (modelled, approximate). */
export const JOB_CORES: readonly Core[] = [
  [121.48, 31.235, 1, 2], // People's Square, the Bund
  [121.505, 31.238, 1.1, 1.5], // Lujiazui
  [121.45, 31.225, 0.8, 1.5], // Nanjing Road West, Jing'an Temple
  [121.437, 31.195, 0.7, 1.5], // Xujiahui
  [121.32, 31.195, 0.6, 2.5], // Hongqiao hub
  [121.6, 31.2, 0.8, 2.5], // Zhangjiang
  [121.4, 31.17, 0.5, 2], // Caohejing
  [121.515, 31.3, 0.4, 1.5], // Wujiaochang
  [121.61, 31.26, 0.5, 2], // Jinqiao
  [121.6, 31.35, 0.3, 2.5], // Waigaoqiao
  [121.92, 30.9, 0.3, 3], // Lingang
  [121.16, 31.3, 0.4, 3], // Anting
  [121.2, 31.05, 0.35, 3], // Songjiang industrial zone
  [121.34, 30.72, 0.3, 3], // Jinshan petrochemical
  [121.47, 31.4, 0.35, 2.5], // Baoshan steel
]

/** 2020 census totals for the whole city (shanghai.md). */
export const CENSUS_2020 = {
  residents: 24_870_895,
  age0to14: 2_436_296,
  age15to59: 16_619_137,
  age60plus: 5_815_462,
  age65plus: 4_049_012,
} as const

export function districtByCode(code: string): District | undefined {
  return DISTRICTS.find((x) => x.code === code)
}
