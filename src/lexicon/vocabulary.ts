// The vocabulary as data: cue words for each metric, the units each metric is
// counted in, and the words that set scope and origin. Patterns are built from
// these tables (longest alternative first); the rules only read them.
import type { Metric } from './metrics.js';

/** noun: what is counted; verb: what happened to it (wins over nouns); state: a current state */
export type CueKind = 'noun' | 'verb' | 'state' | 'generic';

export interface Cue {
  word: string;
  metric: Metric;
  kind: CueKind;
}

const PERSONS = ['人', '名', '位'] as const;
const CASES = ['例', '宗', '名', '人', '位', '个'] as const;

/** Units each metric may be counted in (simplified, as written). */
export const METRIC_UNITS: Record<Metric, readonly string[]> = {
  'cases.confirmed': CASES,
  'cases.asymptomatic': CASES,
  'cases.positive': [...CASES, '份', '管'],
  'cases.suspected': CASES,
  'cases.discharged': CASES,
  'cases.released': ['例', '宗', '个', '名', '人'],
  'cases.hospitalized': CASES,
  'cases.in_shelter': CASES,
  'cases.severe': CASES,
  'cases.critical': CASES,
  'cases.deaths': CASES,
  'cases.reclassified': ['例', '宗', '名'],
  'contacts.close': PERSONS,
  'contacts.secondary': PERSONS,
  'contacts.released': PERSONS,
  'tests.samples': ['人次', '人份', '份', '人', '管', '单管'],
  'tests.rounds': ['轮'],
  'tests.sites': ['个', '处', '家', '座'],
  'tests.capacity': ['人份', '份', '管', '人次', '单管'],
  'supplies.stock': ['吨', '只', '桶', '头', '副', '公斤', '千克', '斤', '份', '箱', '袋', '件', '盒', '个', '套', '批', '单', '包', '双', '羽', '人份', '支'],
  'supplies.delivered': ['吨', '只', '桶', '头', '副', '公斤', '千克', '斤', '份', '箱', '袋', '件', '盒', '个', '套', '车次', '单', '批', '车', '包', '双', '羽', '人份', '支'],
  'supplies.produced': ['吨', '只', '桶', '头', '副', '公斤', '千克', '斤', '份', '箱', '件', '个', '套', '双', '羽'],
  'supplies.traded': ['吨', '只', '桶', '头', '副', '公斤', '千克', '斤', '份', '箱', '件', '个', '套', '单', '包'],
  'supplies.days': ['天', '周', '个月'],
  'supplies.value': ['元'],
  'resources.beds': ['张', '个', '床'],
  'resources.isolation_rooms': ['间', '个', '套'],
  'resources.staff': ['人', '名', '人次', '位'],
  'resources.vehicles': ['辆', '台'],
  'resources.passes': ['张', '个'],
  'resources.facilities': ['家', '所', '个', '座'],
  'areas.high_risk': ['个', '处'],
  'areas.medium_risk': ['个', '处'],
  'areas.low_risk': ['个', '处'],
  'areas.lifted': ['个', '处'],
};

const cue = (metric: Metric, kind: CueKind, words: string[]): Cue[] => words.map((word) => ({ word, metric, kind }));

/** Every cue word. Verbs decide over nouns in the same phrase (确诊病例治愈出院 -> discharged). */
export const CUES: readonly Cue[] = [
  ...cue('cases.reclassified', 'verb', ['无症状感染者转为确诊病例', '无症状感染者转确诊病例', '无症状感染者转归确诊病例',
    '转为确诊病例', '转确诊病例', '转归确诊病例', '转为确诊', '转确诊', '转归确诊', '转归']),
  ...cue('cases.discharged', 'verb', ['治愈出院', '康复出院', '出院', '出舱', '治愈病例', '累计治愈', '治愈']),
  ...cue('cases.released', 'verb', ['解除隔离医学观察', '解除医学观察', '解除集中隔离医学观察', '解除隔离观察', '解除隔离']),
  ...cue('cases.deaths', 'verb', ['死亡', '离世', '病亡', '病逝', '不治']),
  ...cue('cases.hospitalized', 'state', ['在院治疗', '在院', '住院治疗', '住院', '留医', '在治']),
  ...cue('cases.in_shelter', 'state', ['在舱', '方舱医院收治', '方舱收治']),
  ...cue('cases.critical', 'noun', ['危重症', '危重型', '危重', '危殆', '情况危殆']),
  // (嚴重8人 beside 危殆5人: patients in a serious condition)
  ...cue('cases.severe', 'noun', ['中重症', '重症', '重型', '情况严重', '病情严重', '严重']),
  // (染疫: infected, said of confirmed infections)
  ...cue('cases.confirmed', 'noun', ['确诊病例', '确诊患者', '确诊个案', '确诊', '轻型', '普通型', '轻症', '个案总数', '染疫']),
  // 本土病例, 境外输入病例: confirmed cases in a bulletin, or the parts of whatever count the sentence makes
  ...cue('cases.confirmed', 'generic', ['本土病例', '境外输入病例', '输入病例', '本地病例', '本土个案', '境外移入个案']),
  ...cue('cases.asymptomatic', 'noun', ['无症状感染者', '无症状感染病例', '无症状病例', '无症状']),
  ...cue('cases.positive', 'verb', ['呈阳性', '检测阳性', '筛查出']),
  ...cue('cases.positive', 'noun', ['阳性感染者', '阳性人员', '阳性病例', '阳性个案', '阳性样本', '阳性', '感染者', '感染人数', '感染病例']),
  ...cue('cases.suspected', 'noun', ['疑似病例', '疑似']),
  ...cue('cases.confirmed', 'generic', ['病例', '个案', '患者']),
  ...cue('contacts.secondary', 'noun', ['次密切接触者', '次密接触者', '次密接者', '次密接人员', '次密接', '密接的密接']),
  ...cue('contacts.close', 'noun', ['密切接触者', '密切接触人员', '密接者', '密接人员', '密接', '个案接触者', '匡列接触者']),
  ...cue('contacts.close', 'state', ['正在接受医学观察', '尚在医学观察', '正在实施医学观察', '在医学观察']),
  ...cue('tests.capacity', 'noun', ['日检测能力', '检测能力', '单日最大检测量', '最大检测量', '日检测量', '检测量']),
  ...cue('tests.sites', 'noun', ['核酸采样点', '便民采样点', '采样点', '检测点', '采样站', '采样亭', '检测站']),
  ...cue('tests.samples', 'noun', ['核酸检测', '核酸测试', '核酸采样', '核酸筛查', '采集', '采样', '检测', '筛查', '核检', '核筛', '样本',
    '出结果', '检验结果', '落地检', '送检', '检出']),
  ...cue('tests.rounds', 'noun', ['全员核酸', '区域核酸', '核酸检测', '核酸', '抗原', '检测', '筛查', '核检', '核筛', '采样']),
  ...cue('supplies.stock', 'noun', ['库存', '储备', '存储', '仓储', '储存', '备足']),
  ...cue('supplies.delivered', 'noun', ['调入', '调运', '调拨', '发放', '配送', '投放', '发往', '送达', '购进', '供应量',
    '配供', '捐赠', '运送', '派送', '供应', '直达', '抵达', '运抵', '接收', '到达', '到货量', '到货', '运输']),
  ...cue('supplies.produced', 'noun', ['日生产能力', '生产能力', '日产能', '日产量', '产量', '日产', '生产']),
  ...cue('supplies.traded', 'noun', ['交易量', '销售量', '销量', '上市量', '售出', '销售', '卖出', '成交']),
  ...cue('supplies.days', 'noun', ['可供', '可保障', '可满足', '能满足', '满足', '保障']),
  ...cue('supplies.value', 'noun', ['价值', '货值', '金额']),
  ...cue('resources.beds', 'noun', ['床位', '病床']),
  ...cue('resources.isolation_rooms', 'noun', ['隔离房间', '隔离用房', '隔离场所', '房间', '负压病房']),
  ...cue('resources.staff', 'noun', ['医护人员', '医务人员', '检测队员', '流调人员', '流调专家', '流调专业技术人员', '流调队伍',
    '警力', '党员干部', '机关干部', '干部', '志愿者', '工作人员', '采样人员', '采样队伍', '采集队伍', '队员', '社区工作者',
    '医疗队', '支援队伍', '委员', '核酸采样队伍', '核酸检测队伍', '核酸采样人员', '核酸检测人员', '核酸检测队员', '专业采集队伍']),
  ...cue('resources.vehicles', 'noun', ['核酸检测车', '检测车', '配送车辆', '车辆', '大货车', '货车', '警车', '巡车', '救护车', '转运车', '保障车',
    '运输车', '专运车', '转送车']),
  ...cue('resources.passes', 'noun', ['通行证']),
  ...cue('resources.facilities', 'noun', ['定点医院', '方舱医院', '检测机构', '医疗机构', '隔离酒店', '酒店', '接驳点', '检测实验室', '实验室']),
  // the zones of 2022 (封控区, 管控区, 防范区) stand for the high, medium and low risk levels
  ...cue('areas.high_risk', 'noun', ['高风险区域', '高风险地区', '高风险区', '封控区']),
  ...cue('areas.medium_risk', 'noun', ['中风险区域', '中风险地区', '中风险区', '管控区']),
  ...cue('areas.low_risk', 'noun', ['低风险区域', '低风险地区', '低风险区', '防范区']),
  ...cue('areas.lifted', 'verb', ['解除', '降为', '降级为', '调整为低风险']),
];

/** Words that set a figure's scope, longest first. */
/**
 * Cue words that are no cue before these words: 在治 (in care) inside 尚在治疗 (being treated), 严重 (serious)
 * inside Taiwan's 严重特殊传染性肺炎 (the notifiable disease's name).
 */
export const CUE_NOT_BEFORE: ReadonlyMap<string, readonly string[]> = new Map([
  ['在治', ['疗']],
  ['严重', ['特殊传染性肺炎']],
]);

export const SCOPE_WORDS: ReadonlyArray<readonly [string, 'new' | 'cumulative' | 'current']> = [
  ['本轮疫情累计', 'cumulative'], ['累计', 'cumulative'], ['累积', 'cumulative'], ['共发现', 'cumulative'], ['共报告', 'cumulative'],
  ['新增', 'new'], ['再多', 'new'], ['再增', 'new'], ['当日', 'new'], ['过去24小时', 'new'], ['至今共有', 'cumulative'], ['至今', 'cumulative'], ['当天', 'new'], ['今日新增', 'new'],
  ['现有', 'current'], ['尚有', 'current'], ['尚在', 'current'], ['正在', 'current'], ['共有', 'current'], ['现时共', 'current'],
  ['仍有', 'current'], ['已有', 'cumulative'], ['目前有', 'current'], ['目前共有', 'current'], ['划定为', 'new'], ['新划定', 'new'], ['本轮疫情', 'cumulative'],
  // a total reached: 确诊病例增至60例, 共确诊350例, 总共…达到130例, 总计达180人
  ['增至', 'cumulative'], ['共确诊', 'cumulative'], ['个案总数', 'cumulative'], ['总共', 'cumulative'], ['总计', 'cumulative'], ['现存', 'current'], ['仍在', 'current'],
];

export const ORIGIN_WORDS: ReadonlyArray<readonly [string, 'local' | 'imported' | null]> = [
  // 输入相关 (linked to imported cases) says no origin: the longer word keeps 输入 from reading as imported
  ['输入相关', null],
  ['境外输入', 'imported'], ['境外移入', 'imported'], ['输入', 'imported'], ['本土', 'local'], ['本地', 'local'],
];

/** Test kinds, the subject of tests.* figures. */
export const TEST_KINDS = ['落地检', '抗原', '核酸', '核检', '核筛'] as const;

/** Metrics that describe a state now. */
export const STATE_METRICS = new Set<Metric>(['cases.hospitalized', 'cases.in_shelter']);

/** Counts of what has happened so far (discharged, deaths, released): cumulative, never a current state. */
export const SO_FAR_METRICS = new Set<Metric>(['cases.discharged', 'cases.released', 'cases.deaths', 'cases.reclassified', 'contacts.released']);
