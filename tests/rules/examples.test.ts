// Rule examples: short sentences of the reports and the figures a reader
// takes from them. Expected values are read from the Chinese text.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { CUES } from '../../src/lexicon/vocabulary.js';
import { PRIMARY_METRICS, SECONDARY_METRICS, type Figure, type Metric } from '../../src/validate/schema.js';

type Approx = Figure['approx'];
type Scope = Figure['scope'];
type Origin = Figure['origin'];

/** An expected figure: the always-compared fields, and region/subject/date where the example states them. */
interface Want {
  metric: Metric;
  value: number;
  unit: string;
  approx: Approx;
  scope: Scope;
  origin: Origin;
  region?: string | null;
  subject?: string | null;
  date?: string | null;
  quote?: string;
}

interface Example {
  text: string;
  want: Want[];
  /** what the example shows */
  about: string;
}

const f = (metric: Metric, value: number, unit: string, scope: Scope = null, origin: Origin = null,
  more: Partial<Want> = {}): Want => ({ metric, value, unit, approx: 'exact', scope, origin, ...more });

const OPTIONS = { year: 2022 };

function project(actual: Figure, want: Want): Partial<Want> {
  const out: Partial<Want> = {};
  for (const k of Object.keys(want) as Array<keyof Want>) (out as Record<string, unknown>)[k] = actual[k as keyof Figure];
  return out;
}

function check(ex: Example): void {
  const doc = extract(ex.text, OPTIONS);
  for (const fig of doc.figures) expect(ex.text.slice(fig.start, fig.end)).toBe(fig.quote);
  const got = doc.figures.map((fig, i) => (ex.want[i] ? project(fig, ex.want[i]) : fig));
  expect(got).toEqual(ex.want);
}

// ---------------------------------------------------------------------------
// Positive examples, one group per metric family.

const CASES: Example[] = [
  {
    about: 'confirmed, number after the noun, with a reporting day',
    text: '4月16日0时至24时,太原市新增本土确诊病例3例。',
    want: [f('cases.confirmed', 3, '例', 'new', 'local', { region: null, date: '2022-04-16', quote: '确诊病例3例' })],
  },
  {
    about: 'a zero in words closes its item: the count after the list mark is of its own noun, in the clause\'s place',
    text: '上海市新增本土确诊病例9例。徐汇区无新增本土确诊病例、新增61例本土无症状感染者。',
    want: [
      f('cases.confirmed', 9, '例', 'new', 'local', { region: null }),
      f('cases.confirmed', 0, '例', 'new', 'local', { region: '徐汇区' }),
      f('cases.asymptomatic', 61, '例', 'new', 'local', { region: '徐汇区', quote: '61例本土无症状感染者' }),
    ],
  },
  {
    about: 'confirmed, number before the noun',
    text: '新增3例本土确诊病例。',
    want: [f('cases.confirmed', 3, '例', 'new', 'local')],
  },
  {
    about: 'imported confirmed cases',
    text: '新增境外输入确诊病例2例。',
    want: [f('cases.confirmed', 2, '例', 'new', 'imported')],
  },
  {
    about: 'confirmed in Chinese numerals',
    text: '新增本土确诊病例四十九例。',
    want: [f('cases.confirmed', 49, '例', 'new', 'local')],
  },
  {
    about: 'asymptomatic infections',
    text: '新增无症状感染者120例。',
    want: [f('cases.asymptomatic', 120, '例', 'new')],
  },
  {
    about: 'positive infections not split into confirmed and asymptomatic',
    text: '本轮疫情累计报告阳性感染者1234例。',
    want: [f('cases.positive', 1234, '例', 'cumulative')],
  },
  {
    about: 'suspected cases, current',
    text: '现有疑似病例2例。',
    want: [f('cases.suspected', 2, '例', 'current')],
  },
  {
    about: 'discharged: the verb decides over the noun',
    text: '累计治愈出院病例7338例。',
    want: [f('cases.discharged', 7338, '例', 'cumulative')],
  },
  {
    about: 'released from medical observation (asymptomatic infections)',
    text: '新增解除医学观察无症状感染者5例。',
    want: [f('cases.released', 5, '例', 'new')],
  },
  {
    about: 'hospitalized, a current state',
    text: '目前在院治疗26例。',
    want: [f('cases.hospitalized', 26, '例', 'current')],
  },
  {
    about: 'in a shelter hospital, a current state',
    text: '现有在舱人员300人。',
    want: [f('cases.in_shelter', 300, '人', 'current')],
  },
  {
    about: 'severe cases',
    text: '现有重症病例3例。',
    want: [f('cases.severe', 3, '例', 'current')],
  },
  {
    about: 'critical cases',
    text: '现有危重症病例1例。',
    want: [f('cases.critical', 1, '例', 'current')],
  },
  {
    about: 'deaths',
    text: '累计死亡病例5例。',
    want: [f('cases.deaths', 5, '例', 'cumulative')],
  },
  {
    about: 'asymptomatic infections reclassified as confirmed',
    text: '当日无症状感染者转为确诊病例2例。',
    want: [f('cases.reclassified', 2, '例', 'new')],
  },
  {
    about: 'a positive total broken down by 其中 into confirmed and asymptomatic',
    text: '全市累计报告本土阳性感染者1234例,其中确诊病例200例、无症状感染者1034例。',
    want: [
      f('cases.positive', 1234, '例', 'cumulative', 'local'),
      f('cases.confirmed', 200, '例', 'cumulative', 'local'),
      f('cases.asymptomatic', 1034, '例', 'cumulative', 'local'),
    ],
  },
  {
    about: 'discharged and released on the reporting day',
    text: '当日新增治愈出院病例12例,解除医学观察无症状感染者8例。',
    want: [f('cases.discharged', 12, '例', 'new'), f('cases.released', 8, '例', 'new')],
  },
  {
    about: 'a count of persons before the noun, unit 名',
    text: '7名确诊病例',
    want: [f('cases.confirmed', 7, '名')],
  },
  {
    about: '本土病例 names confirmed local cases',
    text: '新增本土病例8例。',
    want: [f('cases.confirmed', 8, '例', 'new', 'local')],
  },
  {
    about: 'patients discharged, 已有 is cumulative',
    text: '据悉,该市已有5名患者出院。',
    want: [f('cases.discharged', 5, '名', 'cumulative')],
  },
  {
    about: 'one number for two groups: first-named metric, subject naming both',
    text: '治愈出院和解除隔离医学观察360例。',
    want: [f('cases.discharged', 360, '例', null, null, { subject: '治愈出院和解除隔离医学观察' })],
  },
  {
    about: 'a breakdown by sex',
    text: '确诊病例43例,其中男性20例,女性23例。',
    want: [
      f('cases.confirmed', 43, '例'),
      f('cases.confirmed', 20, '例', null, null, { subject: '男性' }),
      f('cases.confirmed', 23, '例', null, null, { subject: '女性' }),
    ],
  },
  {
    about: 'severity classes with the number first',
    text: '3例重型、1例危重型。',
    want: [f('cases.severe', 3, '例'), f('cases.critical', 1, '例')],
  },
  {
    about: 'local and imported cases after 其中',
    text: '其中,本土病例3例,境外输入病例2例。',
    want: [f('cases.confirmed', 3, '例', null, 'local'), f('cases.confirmed', 2, '例', null, 'imported')],
  },
  {
    about: 'shelter admissions are a current state',
    text: '方舱医院收治患者120人。',
    want: [f('cases.in_shelter', 120, '人', 'current')],
  },
];

const CONTACTS: Example[] = [
  {
    about: 'close contacts',
    text: '累计追踪密切接触者1828人。',
    want: [f('contacts.close', 1828, '人', 'cumulative')],
  },
  {
    about: 'secondary contacts',
    text: '累计追踪次密切接触者671人。',
    want: [f('contacts.secondary', 671, '人', 'cumulative')],
  },
  {
    about: 'close contacts released from observation',
    text: '累计解除医学观察密切接触者1200人。',
    want: [f('contacts.released', 1200, '人', 'cumulative')],
  },
  {
    about: 'one number for two groups is one figure of the first-named metric, subject naming both',
    text: '密接、次密接人员共1828人。',
    want: [f('contacts.close', 1828, '人', null, null, { subject: '密接、次密接人员' })],
  },
  {
    about: 'coordinated counts with the noun after each number',
    text: '追踪到471名密接和671名次密接。',
    want: [f('contacts.close', 471, '名'), f('contacts.secondary', 671, '名')],
  },
  {
    about: 'contacts still under observation are current',
    text: '尚在医学观察的密切接触者356人。',
    want: [f('contacts.close', 356, '人', 'current')],
  },
  {
    about: 'short forms 密接 and 次密接 in a 、 list',
    text: '累计排查密接1532人、次密接3621人。',
    want: [f('contacts.close', 1532, '人', 'cumulative'), f('contacts.secondary', 3621, '人', 'cumulative')],
  },
  {
    about: '解除医学观察的密切接触者 (SPEC cue of contacts.released)',
    text: '累计解除医学观察的密切接触者300人。',
    want: [f('contacts.released', 300, '人', 'cumulative')],
  },
  {
    about: 'new close contacts, number first',
    text: '新增2名密接。',
    want: [f('contacts.close', 2, '名', 'new')],
  },
];

const TESTS: Example[] = [
  {
    about: 'samples in 人次',
    text: '全市累计采样955万人次。',
    want: [f('tests.samples', 9_550_000, '人次', 'cumulative', null, { region: null })],
  },
  {
    about: 'nucleic acid tests in 人份, subject the test kind',
    text: '当日完成核酸检测30.49万人份。',
    want: [f('tests.samples', 304_900, '人份', 'new', null, { subject: '核酸' })],
  },
  {
    about: 'antigen tests',
    text: '累计发放并完成抗原检测12万人份。',
    want: [f('tests.samples', 120_000, '人份', 'cumulative', null, { subject: '抗原' })],
  },
  {
    about: 'rounds of testing',
    text: '全市已开展3轮全员核酸检测。',
    want: [f('tests.rounds', 3, '轮', null, null, { subject: '核酸' })],
  },
  {
    about: 'one round, in words',
    text: '明天开展一轮全员核酸检测。',
    want: [f('tests.rounds', 1, '轮', null, null, { subject: '核酸' })],
  },
  {
    about: 'sampling sites',
    text: '全市共有便民采样点320个。',
    want: [f('tests.sites', 320, '个', 'current')],
  },
  {
    about: 'daily testing capacity',
    text: '全市日检测能力达到50万管。',
    want: [f('tests.capacity', 500_000, '管')],
  },
  {
    about: 'an approximate sample count',
    text: '累计采样近300万人次。',
    want: [f('tests.samples', 3_000_000, '人次', 'cumulative', null, { approx: 'under' })],
  },
  {
    about: 'sites and sampling staff in one sentence',
    text: '全市设置核酸采样点1500余个,组织采样人员2.3万名。',
    want: [
      f('tests.sites', 1500, '个', null, null, { approx: 'over' }),
      f('resources.staff', 23_000, '名', null, null, { subject: '采样人员' }),
    ],
  },
  {
    about: 'mass testing: persons sampled and positives found',
    text: '全员核酸检测共采样1200万人,检出阳性12人。',
    want: [f('tests.samples', 12_000_000, '人', null, null, { subject: '核酸' }), f('cases.positive', 12, '人')],
  },
  {
    about: 'rounds of district screening',
    text: '累计开展了12轮区域核酸筛查。',
    want: [f('tests.rounds', 12, '轮', 'cumulative', null, { subject: '核酸' })],
  },
  {
    about: 'arrival tests (落地检)',
    text: '全市落地检2.3万人份。',
    want: [f('tests.samples', 23_000, '人份', null, null, { subject: '落地检' })],
  },
  {
    about: 'antigen tests in 份',
    text: '当日检测抗原15万份。',
    want: [f('tests.samples', 150_000, '份', 'new', null, { subject: '抗原' })],
  },
];

const SUPPLIES: Example[] = [
  {
    about: 'stock, approximate, subject the commodity',
    text: '全市蔬菜库存8000多吨。',
    want: [f('supplies.stock', 8000, '吨', null, null, { approx: 'over', subject: '蔬菜' })],
  },
  {
    about: 'delivered, subject the commodity',
    text: '向居民配送爱心蔬菜包5万份。',
    want: [f('supplies.delivered', 50_000, '份', null, null, { subject: '爱心蔬菜包' })],
  },
  {
    about: 'delivered, about',
    text: '当天调运蔬菜900吨左右。',
    want: [f('supplies.delivered', 900, '吨', 'new', null, { approx: 'about', subject: '蔬菜' })],
  },
  {
    about: 'produced per day',
    text: '米面油日产量300吨。',
    want: [f('supplies.produced', 300, '吨', null, null, { subject: '米面油' })],
  },
  {
    about: 'traded',
    text: '批发市场蔬菜交易量1.2万吨。',
    want: [f('supplies.traded', 12_000, '吨')],
  },
  {
    about: 'days of supply',
    text: '全市粮油库存可供市民消费30天以上。',
    want: [f('supplies.days', 30, '天', null, null, { approx: 'over' })],
  },
  {
    about: 'value in yuan',
    text: '捐赠物资价值500万元。',
    want: [f('supplies.value', 5_000_000, '元')],
  },
  {
    about: 'delivered, cumulative',
    text: '累计投放平价蔬菜1.5万吨。',
    want: [f('supplies.delivered', 15_000, '吨', 'cumulative', null, { subject: '平价蔬菜' })],
  },
  {
    about: 'a stock and the days it lasts',
    text: '全市猪肉储备1200吨,可满足全市居民15天的消费需求。',
    want: [f('supplies.stock', 1200, '吨', null, null, { subject: '猪肉' }), f('supplies.days', 15, '天')],
  },
  {
    about: 'two commodities delivered in one 、 list',
    text: '向社区发放爱心蔬菜包10万余份、米面油2000吨。',
    want: [
      f('supplies.delivered', 100_000, '份', null, null, { approx: 'over', subject: '爱心蔬菜包' }),
      f('supplies.delivered', 2000, '吨', null, null, { subject: '米面油' }),
    ],
  },
  {
    about: 'donated goods with their own classifiers',
    text: '捐赠口罩10万个、防护服5000套。',
    want: [
      f('supplies.delivered', 100_000, '个', null, null, { subject: '口罩' }),
      f('supplies.delivered', 5000, '套', null, null, { subject: '防护服' }),
    ],
  },
  {
    about: 'test kits delivered',
    text: '各区累计发放抗原试剂盒12万盒。',
    want: [f('supplies.delivered', 120_000, '盒', 'cumulative', null, { subject: '抗原试剂盒' })],
  },
  {
    about: 'produced (生产)',
    text: '日均生产蔬菜包2万份。',
    want: [f('supplies.produced', 20_000, '份', null, null, { subject: '蔬菜包' })],
  },
  {
    about: 'traded (销售)',
    text: '线上平台累计销售蔬菜3000吨。',
    want: [f('supplies.traded', 3000, '吨', 'cumulative', null, { subject: '蔬菜' })],
  },
];

const RESOURCES: Example[] = [
  {
    about: 'beds',
    text: '全市储备床位2000张。',
    want: [f('resources.beds', 2000, '张')],
  },
  {
    about: 'isolation rooms, over',
    text: '全市已储备隔离房间3.2万余间。',
    want: [f('resources.isolation_rooms', 32_000, '间', null, null, { approx: 'over' })],
  },
  {
    about: 'staff, the subject says who',
    text: '全市抽调医护人员1723名。',
    want: [f('resources.staff', 1723, '名', null, null, { subject: '医护人员' })],
  },
  {
    about: 'vehicles',
    text: '全市投入核酸检测车20辆。',
    want: [f('resources.vehicles', 20, '辆')],
  },
  {
    about: 'passes',
    text: '累计办理通行证5000张。',
    want: [f('resources.passes', 5000, '张', 'cumulative')],
  },
  {
    about: 'facilities',
    text: '全市共有定点医院3家。',
    want: [f('resources.facilities', 3, '家', 'current')],
  },
  {
    about: 'staff before the noun, under',
    text: '近300名医护人员',
    want: [f('resources.staff', 300, '名', null, null, { approx: 'under', subject: '医护人员' })],
  },
  {
    about: 'rooms before the noun, about',
    text: '约6206间隔离房间',
    want: [f('resources.isolation_rooms', 6206, '间', null, null, { approx: 'about' })],
  },
  {
    about: 'vehicles, over',
    text: '各类保供车辆300余台',
    want: [f('resources.vehicles', 300, '台', null, null, { approx: 'over' })],
  },
  {
    about: 'shelter hospitals and their beds',
    text: '全市共有方舱医院5座,床位1.2万张。',
    want: [f('resources.facilities', 5, '座', 'current'), f('resources.beds', 12_000, '张', 'current')],
  },
  {
    about: 'testing staff, over',
    text: '全市调集核酸检测队员3000余人开展采样。',
    want: [f('resources.staff', 3000, '人', null, null, { approx: 'over', subject: '核酸检测队员' })],
  },
];

const AREAS: Example[] = [
  {
    about: 'high-risk areas',
    text: '全市现有高风险区12个。',
    want: [f('areas.high_risk', 12, '个', 'current')],
  },
  {
    about: 'medium-risk areas',
    text: '全市现有中风险区5个。',
    want: [f('areas.medium_risk', 5, '个', 'current')],
  },
  {
    about: 'low-risk areas',
    text: '全市现有低风险区30个。',
    want: [f('areas.low_risk', 30, '个', 'current')],
  },
  {
    about: 'areas lifted, the subject says which level',
    text: '今日解除高风险区3个。',
    want: [f('areas.lifted', 3, '个', null, null, { subject: '高风险区' })],
  },
];

// ---------------------------------------------------------------------------
// The language: breakdowns, series, dates carried over, zero in words, script.

const LANGUAGE: Example[] = [
  {
    about: '其中 breakdown by district',
    text: '4月16日0时至24时,太原市新增本土确诊病例10例,其中小店区6例,迎泽区4例。',
    want: [
      f('cases.confirmed', 10, '例', 'new', 'local', { region: null, date: '2022-04-16' }),
      f('cases.confirmed', 6, '例', 'new', 'local', { region: '小店区', date: '2022-04-16' }),
      f('cases.confirmed', 4, '例', 'new', 'local', { region: '迎泽区', date: '2022-04-16' }),
    ],
  },
  {
    about: 'parenthetical breakdown by district',
    text: '截至4月15日24时,太原市累计报告本土确诊病例43例(小店区24例、迎泽区2例、杏花岭区17例)。',
    want: [
      f('cases.confirmed', 43, '例', 'cumulative', 'local', { region: null, date: '2022-04-15' }),
      f('cases.confirmed', 24, '例', 'cumulative', 'local', { region: '小店区', date: '2022-04-15' }),
      f('cases.confirmed', 2, '例', 'cumulative', 'local', { region: '迎泽区', date: '2022-04-15' }),
      f('cases.confirmed', 17, '例', 'cumulative', 'local', { region: '杏花岭区', date: '2022-04-15' }),
    ],
  },
  {
    about: '其中 opening the next sentence',
    text: '上海市新增本土确诊病例10例。其中浦东新区6例,闵行区4例。',
    want: [
      f('cases.confirmed', 10, '例', 'new', 'local', { region: null }),
      f('cases.confirmed', 6, '例', 'new', 'local', { region: '浦东新区' }),
      f('cases.confirmed', 4, '例', 'new', 'local', { region: '闵行区' }),
    ],
  },
  {
    about: '分别 with listed days: one figure per number, each with its day',
    text: '11月30日、12月1日、12月2日0时至24时,全市分别新增本土确诊病例9例、10例、16例。',
    want: [
      f('cases.confirmed', 9, '例', 'new', 'local', { date: '2022-11-30' }),
      f('cases.confirmed', 10, '例', 'new', 'local', { date: '2022-12-01' }),
      f('cases.confirmed', 16, '例', 'new', 'local', { date: '2022-12-02' }),
    ],
  },
  {
    about: 'the as-of date carried over to every figure of the paragraph',
    text: '截至4月15日24时,全市累计报告本土确诊病例43例,累计治愈出院4例。',
    want: [
      f('cases.confirmed', 43, '例', 'cumulative', 'local', { date: '2022-04-15' }),
      f('cases.discharged', 4, '例', 'cumulative', 'local', { date: '2022-04-15' }),
    ],
  },
  {
    about: 'an as-of instant with its hour',
    text: '截至10月19日17时,全市本轮疫情累计报告阳性感染者156例。',
    want: [f('cases.positive', 156, '例', 'cumulative', null, { date: '2022-10-19T17:00' })],
  },
  {
    about: 'an open period',
    text: '4月3日以来,全市累计报告阳性感染者100例。',
    want: [f('cases.positive', 100, '例', 'cumulative', null, { date: '2022-04-03/..' })],
  },
  {
    about: 'a part-day window',
    text: '3月15日0-12时,全市新增本土确诊病例8例。',
    want: [f('cases.confirmed', 8, '例', 'new', 'local', { date: '2022-03-15T00:00/2022-03-15T12:00' })],
  },
  {
    about: 'no date in the text: none is invented',
    text: '全市新增本土确诊病例8例。',
    want: [f('cases.confirmed', 8, '例', 'new', 'local', { date: null })],
  },
  {
    about: 'zero in words: no new deaths, dated by the paragraph',
    text: '4月16日0时至24时,全市新增本土确诊病例3例。无新增死亡病例。',
    want: [
      f('cases.confirmed', 3, '例', 'new', 'local', { date: '2022-04-16' }),
      f('cases.deaths', 0, '例', 'new', null, { date: '2022-04-16' }),
    ],
  },
  {
    about: 'zero in words: 无新增无症状感染者 (the 无 of 无症状 is not a zero), 新增本土 governing the sentence',
    text: '全市新增本土确诊病例3例,无新增无症状感染者。',
    want: [f('cases.confirmed', 3, '例', 'new', 'local'), f('cases.asymptomatic', 0, '', 'new', 'local')],
  },
  {
    about: '无症状感染者 with a number is that number, not a zero',
    text: '全市新增无症状感染者5例。',
    want: [f('cases.asymptomatic', 5, '例', 'new')],
  },
  {
    about: 'zero in words for several nouns',
    text: '无新增疑似病例、死亡病例。',
    want: [f('cases.suspected', 0, '例', 'new'), f('cases.deaths', 0, '例', 'new')],
  },
  {
    about: 'a list shares the 新增本土 of its first noun',
    text: '全市新增本土确诊病例3例,无症状感染者5例。',
    want: [f('cases.confirmed', 3, '例', 'new', 'local'), f('cases.asymptomatic', 5, '例', 'new', 'local')],
  },
  {
    about: 'traditional script input: the quote stays traditional',
    text: '新增本土確診病例3例，無症狀感染者5例。',
    want: [
      f('cases.confirmed', 3, '例', 'new', 'local', { quote: '確診病例3例' }),
      f('cases.asymptomatic', 5, '例', 'new', 'local', { quote: '無症狀感染者5例' }),
    ],
  },
  {
    about: 'traditional script, cumulative and discharged',
    text: '本港累計確診個案12052例，累計治癒出院個案11000例。',
    want: [f('cases.confirmed', 12052, '例', 'cumulative'), f('cases.discharged', 11000, '例', 'cumulative')],
  },
  {
    about: 'a headline repeating the body is one figure, read from the body',
    text: '太原市新增本土确诊病例3例\n4月16日0时至24时,太原市新增本土确诊病例3例,无症状感染者5例。',
    want: [
      f('cases.confirmed', 3, '例', 'new', 'local', { date: '2022-04-16' }),
      f('cases.asymptomatic', 5, '例', 'new', 'local', { date: '2022-04-16' }),
    ],
  },
  {
    about: 'a cumulative count and a current count in one sentence',
    text: '全市累计报告本土确诊病例120例,现有在院治疗26例。',
    want: [f('cases.confirmed', 120, '例', 'cumulative', 'local'), f('cases.hospitalized', 26, '例', 'current', 'local')],
  },
  {
    about: 'full-width digits',
    text: '全市新增本土确诊病例４３例。',
    want: [f('cases.confirmed', 43, '例', 'new', 'local', { quote: '确诊病例４３例' })],
  },
  {
    about: 'numbers with 万 and separators',
    text: '全市累计采样146万9,019人次。',
    want: [f('tests.samples', 1_469_019, '人次', 'cumulative')],
  },
  {
    about: 'Hong Kong bulletin in traditional script: 宗 and 個案',
    text: '衛生防護中心今日公布新增1,234宗確診個案，其中本地個案1,200宗，輸入個案34宗。',
    want: [
      f('cases.confirmed', 1234, '宗', 'new', null),
      f('cases.confirmed', 1200, '宗', 'new', 'local'),
      f('cases.confirmed', 34, '宗', 'new', 'imported'),
    ],
  },
  {
    about: 'a day window written 0—24时',
    text: '4月16日0—24时,新增本土确诊病例3例。',
    want: [f('cases.confirmed', 3, '例', 'new', 'local', { date: '2022-04-16' })],
  },
  {
    about: 'each paragraph sentence takes its own nearest date',
    text: '截至4月15日24时,全市累计报告本土确诊病例43例。4月16日0时至24时,新增本土确诊病例3例。',
    want: [
      f('cases.confirmed', 43, '例', 'cumulative', 'local', { date: '2022-04-15' }),
      f('cases.confirmed', 3, '例', 'new', 'local', { date: '2022-04-16' }),
    ],
  },
  {
    about: 'a period with its end day',
    text: '4月3日至12日,全市累计报告阳性感染者100例。',
    want: [f('cases.positive', 100, '例', 'cumulative', null, { date: '2022-04-03/2022-04-12' })],
  },
  {
    about: 'a window across two days ending at noon',
    text: '8月3日0时至8月4日12时,三亚市新增本土确诊病例258例。',
    want: [f('cases.confirmed', 258, '例', 'new', 'local', { region: null, date: '2022-08-03/2022-08-04T12:00' })],
  },
  {
    about: 'origin in a parenthesis after the figure',
    text: '新增无症状感染者10例(均为境外输入)。',
    want: [f('cases.asymptomatic', 10, '例', 'new', 'imported')],
  },
  {
    about: 'a breakdown that is reclassified cases',
    text: '当日新增本土确诊病例3例,其中2例为无症状感染者转为确诊病例。',
    want: [f('cases.confirmed', 3, '例', 'new', 'local'), f('cases.reclassified', 2, '例', 'new', 'local')],
  },
  {
    about: '(其中重症病例3例): a parenthetical 其中, the quote starting at 重症, not at the 中 of 其中',
    text: '截至12月2日24时,全市现有本土确诊病例108例(其中重症病例3例),无症状感染者2013例。',
    want: [
      f('cases.confirmed', 108, '例', 'current', 'local', { date: '2022-12-02', quote: '确诊病例108例' }),
      f('cases.severe', 3, '例', 'current', 'local', { date: '2022-12-02', quote: '重症病例3例' }),
      f('cases.asymptomatic', 2013, '例', 'current', 'local', { date: '2022-12-02' }),
    ],
  },
  {
    about: '全省 with a city breakdown: each city is the region of its part',
    text: '4月16日0时至24时,全省新增本土确诊病例3例(太原市2例、大同市1例)。',
    want: [
      f('cases.confirmed', 3, '例', 'new', 'local', { region: null, date: '2022-04-16' }),
      f('cases.confirmed', 2, '例', 'new', 'local', { region: '太原市', date: '2022-04-16' }),
      f('cases.confirmed', 1, '例', 'new', 'local', { region: '大同市', date: '2022-04-16' }),
    ],
  },
  {
    about: '分别…9例、10例和16例: no subject made of the next item',
    text: '11月30日、12月1日、12月2日,全市分别新增阳性感染者9例、10例和16例。',
    want: [
      f('cases.positive', 9, '例', 'new', null, { subject: null, date: '2022-11-30' }),
      f('cases.positive', 10, '例', 'new', null, { subject: null, date: '2022-12-01' }),
      f('cases.positive', 16, '例', 'new', null, { subject: null, date: '2022-12-02' }),
    ],
  },
  {
    about: 'a fact stated only in the headline is a figure',
    text: '太原市新增本土确诊病例3例\n全市疫情防控工作有序开展。',
    want: [f('cases.confirmed', 3, '例', 'new', 'local', { region: null })],
  },
  {
    about: 'a headline repeating a body figure: one figure, read from the body',
    text: '太原市采样955万人次\n4月16日,太原市开展第三轮全员核酸检测,累计采样955万人次。',
    want: [f('tests.samples', 9_550_000, '人次', 'cumulative', null, { subject: '核酸', date: '2022-04-16', quote: '采样955万人次' })],
  },
  {
    about: 'a province broken down by city after 其中',
    text: '吉林省新增本土确诊病例3例,其中吉林市2例、长春市1例。',
    want: [
      f('cases.confirmed', 3, '例', 'new', 'local', { region: null }),
      f('cases.confirmed', 2, '例', 'new', 'local', { region: '吉林市' }),
      f('cases.confirmed', 1, '例', 'new', 'local', { region: '长春市' }),
    ],
  },
  {
    about: 'a clock time given in a time zone is an as-of instant, not a reporting day (its totals are cumulative), and 北京 there is no place',
    text: '2月12日17:15时(北京时),中国确诊新型冠状病毒病例44,762例,死亡病例1,115例。',
    want: [
      f('cases.confirmed', 44762, '例', 'cumulative', null, { region: null, date: '2022-02-12T17:15' }),
      f('cases.deaths', 1115, '例', 'cumulative', null, { region: null, date: '2022-02-12T17:15' }),
    ],
  },
  {
    about: 'the time zone before the date',
    text: '截至北京时间3月1日8时,全球累计确诊病例超过8.7万例。',
    want: [f('cases.confirmed', 87000, '例', 'cumulative', null, { approx: 'over', date: '2022-03-01T08:00' })],
  },
  {
    about: 'unbracketed pinyin glued to each character (flattened ruby) is read through',
    text: '今日新xīn增zēnɡ确què诊zhěn病bìnɡ例lì 5例。',
    want: [f('cases.confirmed', 5, '例', 'new', null, { quote: '确què诊zhěn病bìnɡ例lì 5例' })],
  },
  {
    about: 'a list of places with counts after the total, in a later sentence of the paragraph, breaks the total down',
    text: '4月5日0时至24时,沈阳市新增30例本土无症状感染者(含1例外省关联病例)。以上感染者均在隔离观察中发现。按行政区域划分:和平区11例、辽中区7例。',
    want: [
      f('cases.asymptomatic', 30, '例', 'new', 'local', { region: null, subject: null }),
      f('cases.asymptomatic', 1, '例', 'new', 'local', { subject: '外省关联' }),
      f('cases.asymptomatic', 11, '例', 'new', 'local', { region: '和平区', subject: null }),
      f('cases.asymptomatic', 7, '例', 'new', 'local', { region: '辽中区', subject: null }),
    ],
  },
  {
    about: 'another name of the disease in parentheses stays inside the noun phrase',
    text: '指挥中心今日公布国内新增315例COVID-19(武汉肺炎)确诊病例,其中312例本土,3例境外移入。',
    want: [
      f('cases.confirmed', 315, '例', 'new', null),
      f('cases.confirmed', 312, '例', 'new', 'local'),
      f('cases.confirmed', 3, '例', 'new', 'imported'),
    ],
  },
  {
    about: '解离 is the short form of 解除隔离',
    text: '截至4月5日24时,本轮疫情共解离密切接触者9667人。',
    want: [f('contacts.released', 9667, '人', 'cumulative', null)],
  },
  {
    about: '今(14)日 with no month: the month of a date stated with that day',
    text: '指挥中心今(14)日公布国内新增982例确定病例。发病日介于今(2022)年4月2日至4月14日。',
    want: [f('cases.confirmed', 982, '例', 'new', null, { date: '2022-04-14' })],
  },
  {
    about: '今(21)日 with no month and no date of that day: the month of a date in the week before',
    text: '指挥中心今(21)日公布国内新增315例确诊病例。采检日介于5月8日至5月20日。',
    want: [f('cases.confirmed', 315, '例', 'new', null, { date: '2022-05-21' })],
  },
  {
    about: 'places before 各 share the number, the first after the 、 of the item before',
    text: '台湾新增本土病例20例,桃园市13例、宜兰县2例、屏东县、南投县各1例。',
    want: [
      f('cases.confirmed', 20, '例', 'new', 'local', { region: null }),
      f('cases.confirmed', 13, '例', 'new', 'local', { region: '桃园市' }),
      f('cases.confirmed', 2, '例', 'new', 'local', { region: '宜兰县' }),
      f('cases.confirmed', 1, '例', 'new', 'local', { region: '屏东县' }),
      f('cases.confirmed', 1, '例', 'new', 'local', { region: '南投县' }),
    ],
  },
  {
    about: 'after cases counted in people, a count in 宗 continues them; people after cases in 例 are another group',
    text: '确诊个案中,中九龙干线地盘多2人,累计22人确诊;将军澳蓝田隧道群组再多2宗。',
    want: [
      f('cases.confirmed', 2, '人', null, null),
      f('cases.confirmed', 22, '人', 'cumulative', null),
      f('cases.confirmed', 2, '宗', 'new', null),
    ],
  },
  {
    about: 'people after cases counted in 例 are another group (the contacts of the cases)',
    text: '针对舰队24例确诊个案,卫生单位目前已掌握接触者共255人,其中177人为居家隔离对象。',
    want: [f('cases.confirmed', 24, '例', null, null)],
  },
  {
    about: 'a place before a reporting verb in a breakdown (其中,扬州市报告58例) is the region',
    text: '江苏省卫健委通报:8月5日0—24时,江苏省报告新增本土确诊病例61例,其中,扬州市报告58例、南京市报告3例。',
    want: [
      f('cases.confirmed', 61, '例', 'new', 'local', { region: null }),
      f('cases.confirmed', 58, '例', 'new', 'local', { region: '扬州市' }),
      f('cases.confirmed', 3, '例', 'new', 'local', { region: '南京市' }),
    ],
  },
  {
    about: 'arrivals (到货量) are deliveries',
    text: '4月11日,南环桥市场蔬菜到货量3200多吨。',
    want: [f('supplies.delivered', 3200, '吨', null, null, { approx: 'over' })],
  },
  {
    about: 'the span the onsets fall in (介于…) is not the date of the figures after it',
    text: '今日新增之312例本土个案,发病日介于今(2021)年5月8日至5月20日。居住县市以新北市144例最多(以板桥区37例为多),其次为台北市127例。',
    want: [
      f('cases.confirmed', 312, '例', 'new', 'local', { date: null }),
      // (新北市, named most, is taken for the article's own region here)
      f('cases.confirmed', 144, '例', 'new', 'local', { date: null }),
      f('cases.confirmed', 37, '例', 'new', 'local', { region: '板桥区', date: null }),
      f('cases.confirmed', 127, '例', 'new', 'local', { region: '台北市', date: null }),
    ],
  },
  {
    about: '当中 (Hong Kong usage) breaks down like 其中',
    text: '本港今日新增29宗新冠肺炎确诊个案,当中13宗源头不明,3宗输入个案。',
    want: [
      f('cases.confirmed', 29, '宗', 'new', null),
      f('cases.confirmed', 13, '宗', 'new', null, { subject: '源头不明' }),
      f('cases.confirmed', 3, '宗', 'new', 'imported'),
    ],
  },
  {
    about: 'places with their counts in parentheses break down the total before them, 各 inside the parentheses too',
    text: '今日新增之874例本土病例,为450例男性、423例女性。个案分布为新北市(360例),台北市(164例),南投县及苗栗县(各3例)。',
    want: [
      f('cases.confirmed', 874, '例', 'new', 'local', { region: null }),
      f('cases.confirmed', 450, '例', 'new', 'local', { subject: '男性' }),
      f('cases.confirmed', 423, '例', 'new', 'local', { subject: '女性' }),
      f('cases.confirmed', 360, '例', 'new', 'local', { region: '新北市' }),
      f('cases.confirmed', 164, '例', 'new', 'local', { region: '台北市' }),
      f('cases.confirmed', 3, '例', 'new', 'local', { region: '南投县' }),
      f('cases.confirmed', 3, '例', 'new', 'local', { region: '苗栗县' }),
    ],
  },
  {
    about: 'topic lines under totals: 出院病例中 counts discharges, with the scope of the total it breaks down',
    text: '截至2月12日24时,湖南省累计报告确诊病例968例,死亡病例2例,出院病例312例。其中:\n确诊病例中,长沙市228例、衡阳市45例。\n出院病例中,长沙市57例、衡阳市23例。',
    want: [
      f('cases.confirmed', 968, '例', 'cumulative', null, { region: null }),
      f('cases.deaths', 2, '例', 'cumulative', null),
      f('cases.discharged', 312, '例', 'cumulative', null),
      f('cases.confirmed', 228, '例', 'cumulative', null, { region: '长沙市' }),
      f('cases.confirmed', 45, '例', 'cumulative', null, { region: '衡阳市' }),
      f('cases.discharged', 57, '例', 'cumulative', null, { region: '长沙市' }),
      f('cases.discharged', 23, '例', 'cumulative', null, { region: '衡阳市' }),
    ],
  },
  {
    about: 'a district written after its city (郑州市郑东新区) is the district',
    text: '8月20日0—24时,河南省新增本土无症状感染者2例,其中郑州市郑东新区1例、安阳市滑县1例。',
    want: [
      f('cases.asymptomatic', 2, '例', 'new', 'local', { region: null }),
      f('cases.asymptomatic', 1, '例', 'new', 'local', { region: '郑东新区' }),
      f('cases.asymptomatic', 1, '例', 'new', 'local', { region: '滑县' }),
    ],
  },
  {
    about: 'packs counted in 包 are goods delivered',
    text: '24日以来,已配送蔬菜包113024包。',
    want: [f('supplies.delivered', 113024, '包', null, null)],
  },
  {
    about: 'case numbers in parentheses are set aside: the verb after them decides',
    text: '过去24小时共有12名确诊病人(个案编号:12049、12059、12082、12083、12086、12087、12088)出院,至今共有11814名确诊或疑似病人康复出院。',
    want: [
      f('cases.discharged', 12, '名', null, null),
      f('cases.discharged', 11814, '名', 'cumulative', null),
    ],
  },
  {
    about: '负压病房 are isolation rooms; 留医 is in hospital',
    text: '目前公立医院已启用576间负压病房。现时共有52名病人留医。',
    want: [
      f('resources.isolation_rooms', 576, '间', null, null),
      f('cases.hospitalized', 52, '名', 'current', null),
    ],
  },
  {
    about: 'a rounded headline figure (约11万包) is the body figure again',
    text: '通化:组织七千人配送约11万包蔬菜\n\n1月26日,通化市商务局在发布会上介绍,24日以来,已配送蔬菜包113024包。',
    want: [f('supplies.delivered', 113024, '包', null, null)],
  },
  {
    about: 'a headline restating a body figure without its origin is the body figure',
    text: '北京昨日新增报告7例新冠肺炎确诊病例\n\n6月23日0时至24时,新增报告本地确诊病例7例。',
    want: [f('cases.confirmed', 7, '例', 'new', 'local')],
  },
  {
    about: 'a 其中 clause counts within the 累计 of the clause before (thousands commas end no clause)',
    text: '截至目前国内累计6,585,030例相关通报(含6,563,116例排除),其中21,288例确诊,分别为5,746例境外移入,15,488例本土病例。',
    want: [
      f('cases.confirmed', 21288, '例', 'cumulative', null),
      f('cases.confirmed', 5746, '例', 'cumulative', 'imported'),
      f('cases.confirmed', 15488, '例', 'cumulative', 'local'),
    ],
  },
  {
    about: 'the virus named again in parentheses inside a long noun phrase; a label ends at the number before it',
    text: '中心正调查过去24小时新增13 335宗严重急性呼吸综合症冠状病毒2(新型冠状病毒)的核酸检测阳性个案。此外,中心接获19 095宗快速抗原测试阳性个案(13 973宗有病征及5 122宗无症状感染)呈报。',
    want: [
      f('cases.positive', 13335, '宗', 'new', null, { subject: '核酸' }),
      f('cases.positive', 19095, '宗', null, null, { subject: '抗原' }),
      f('cases.positive', 13973, '宗', null, null, { subject: '有病征' }),
      f('cases.asymptomatic', 5122, '宗', null, null),
    ],
  },
  {
    about: 'a bare 个案 under a topic counts what the paragraph counts (positives here)',
    text: '6月27日零时至晚12时,新增57宗核酸阳性个案,累计共414宗核酸阳性个案。新增个案中,33宗属社区发现,24宗属管控中发现。',
    want: [
      f('cases.positive', 57, '宗', 'new', null),
      f('cases.positive', 414, '宗', 'cumulative', null),
      f('cases.positive', 33, '宗', 'new', null),
      f('cases.positive', 24, '宗', 'new', null),
    ],
  },
  {
    about: '其中 breaks down what the sentence before names; a district after 现住 is the region; severity classes are subjects',
    text: '北京市新增本土感染者316例。\n感染者5307至5317:现住东城区。其中隔离观察人员9例、社会面筛查人员2例;轻型1例、无症状感染者10例。',
    want: [
      f('cases.positive', 316, '例', 'new', 'local', { region: null }),
      f('cases.positive', 9, '例', 'new', null, { region: '东城区', subject: '隔离观察人员' }),
      f('cases.positive', 2, '例', 'new', null, { region: '东城区' }),
      f('cases.confirmed', 1, '例', 'new', null, { region: '东城区', subject: '轻型' }),
      f('cases.asymptomatic', 10, '例', 'new', null, { region: '东城区' }),
    ],
  },
  {
    about: 'a part of confirmed cases said to be found positive (为…阳性) is still confirmed; ﹒ is a decimal point',
    text: '今日新增982例确定病例,分别为874例本土个案及108例境外移入(75例为航班落地采检阳性)。第五波累计118﹒6万宗确诊。',
    want: [
      f('cases.confirmed', 982, '例', 'new', null),
      f('cases.confirmed', 874, '例', 'new', 'local'),
      f('cases.confirmed', 108, '例', 'new', 'imported'),
      f('cases.confirmed', 75, '例', 'new', 'imported'),
      f('cases.confirmed', 1186000, '宗', 'cumulative', null),
    ],
  },
  {
    about: '情况危殆 is critical, 情况严重 severe (Hong Kong usage)',
    text: '另外,新增68名患者情况危殆、107名患者情况严重。',
    want: [
      f('cases.critical', 68, '名', 'new', null),
      f('cases.severe', 107, '名', 'new', null),
    ],
  },
  {
    about: 'topics in one sentence, each after a semicolon, name their own lists; 其中: before a topic defers to the topic',
    text: '截至2月27日24时,温州市累计报告确诊病例504例,现有重症病例7例,累计死亡1例,累计治愈病例384例。其中:确诊病例中,鹿城区68例、龙湾区18例;现有重症病例中,鹿城区2例;死亡病例中,永嘉县1例;出院病例中,鹿城区43例。',
    want: [
      f('cases.confirmed', 504, '例', 'cumulative', null, { region: null }),
      f('cases.severe', 7, '例', 'current', null),
      f('cases.deaths', 1, '例', 'cumulative', null),
      f('cases.discharged', 384, '例', 'cumulative', null),
      f('cases.confirmed', 68, '例', 'cumulative', null, { region: '鹿城区' }),
      f('cases.confirmed', 18, '例', 'cumulative', null, { region: '龙湾区' }),
      f('cases.severe', 2, '例', 'current', null, { region: '鹿城区' }),
      f('cases.deaths', 1, '例', 'cumulative', null, { region: '永嘉县' }),
      f('cases.discharged', 43, '例', 'cumulative', null, { region: '鹿城区' }),
    ],
  },
  {
    about: 'goods counted before the verb that delivers them (已陆续送达, 已全部派送到)',
    text: '据了解,近10万份免费蔬菜包已陆续送达封管控社区。1万份蔬菜包已全部派送到居民手中。',
    want: [
      f('supplies.delivered', 100000, '份', null, null, { approx: 'under', subject: '蔬菜包' }),
      f('supplies.delivered', 10000, '份', null, null, { subject: '蔬菜包' }),
    ],
  },
  {
    about: 'people still under observation after the contacts traced are those contacts; 解除观察 releases them',
    text: '累计追踪到密切接触者22095人,已解除观察1729人,尚在接受医学观察20366人。',
    want: [
      f('contacts.close', 22095, '人', 'cumulative', null),
      f('contacts.released', 1729, '人', 'cumulative', null),
      f('contacts.close', 20366, '人', 'current', null),
    ],
  },
  {
    about: 'days of supply counted in weeks and months, of the goods the clause before names',
    text: '目前储备的米面、食用油等基础物资,能满足居民一个月的需求。蔬菜储备3.44万吨,可保障武汉市场一周左右供应。',
    want: [
      f('supplies.days', 1, '个月', null, null, { subject: '米面、食用油' }),
      f('supplies.stock', 34400, '吨', null, null, { subject: '蔬菜' }),
      f('supplies.days', 1, '周', null, null, { approx: 'about', subject: '蔬菜' }),
    ],
  },
  {
    about: 'daily production capacity of goods counted in pairs and pieces; trucks; transport runs',
    text: '全省防护口罩日生产能力100万个,乳胶手套日生产能力70万双。组织74辆大货车进行蔬菜装运,累计运输145车次。',
    want: [
      f('supplies.produced', 1_000_000, '个', null, null, { subject: '防护口罩' }),
      f('supplies.produced', 700_000, '双', null, null, { subject: '乳胶手套' }),
      f('resources.vehicles', 74, '辆', null, null),
      f('supplies.delivered', 145, '车次', 'cumulative', null),
    ],
  },
  {
    about: 'preliminary cases say so: 初步确诊 are confirmed, 初步阳性 positives (examples card E25)',
    text: '本港今日新增89宗确诊个案,另有50宗初步确诊个案,37宗初步阳性个案。',
    want: [
      f('cases.confirmed', 89, '宗', 'new', null),
      f('cases.confirmed', 50, '宗', 'new', null, { subject: '初步确诊' }),
      f('cases.positive', 37, '宗', 'new', null, { subject: '初步阳性' }),
    ],
  },
  {
    about: 'confirmed cases released from isolation (Taiwan) have recovered',
    text: '5月11日至8月15日累计公布14,653位确诊个案,已有13,195人解除隔离。',
    want: [
      f('cases.confirmed', 14653, '位', 'cumulative', null),
      f('cases.discharged', 13195, '人', 'cumulative', null, { subject: '解除隔离' }),
    ],
  },
  {
    about: 'a topic (在本地个案中,) gives its origin to the counts after it',
    text: '在本地个案中,49宗个案与其他确诊者有关,32宗为源头不明个案。',
    want: [
      f('cases.confirmed', 49, '宗', null, 'local'),
      f('cases.confirmed', 32, '宗', null, 'local', { subject: '源头不明' }),
    ],
  },
  {
    about: 'each item of a list of goods names its goods, also before the verb after 已; the test kind just before the cue',
    text: '此外,各地捐赠的蔬菜264吨、大米2吨、速食4657箱已陆续送达南明并有序发放。本港新增5,589宗阳性个案,核酸检测阳性个案占1,626宗,快速抗原测试阳性个案3,963宗。',
    want: [
      f('supplies.delivered', 264, '吨', null, null, { subject: '蔬菜' }),
      f('supplies.delivered', 2, '吨', null, null, { subject: '大米' }),
      f('supplies.delivered', 4657, '箱', null, null, { subject: '速食' }),
      f('cases.positive', 5589, '宗', 'new', null),
      f('cases.positive', 1626, '宗', 'new', null, { subject: '核酸' }),
      f('cases.positive', 3963, '宗', 'new', null, { subject: '抗原' }),
    ],
  },
  {
    about: 'an article that counts only local cases, and no imported ones, counts local cases throughout',
    text: '郑州市卫健委通报,1月10日新增确诊病例11例(二七区5例,中原区2例)。截至1月10日24时,郑州市累计报告本土确诊病例103例。',
    want: [
      f('cases.confirmed', 11, '例', 'new', 'local'),
      f('cases.confirmed', 5, '例', 'new', 'local', { region: '二七区' }),
      f('cases.confirmed', 2, '例', 'new', 'local', { region: '中原区' }),
      f('cases.confirmed', 103, '例', 'cumulative', 'local'),
    ],
  },
  {
    about: 'positive tubes (混管阳性14管) and their districts; capacity in 单管; labs; sites by their kind',
    text: '全市共发现混管阳性14管(西青区8管、津南区3管),单管阳性5管。深圳每日核酸检测能力可以达到55万单管,依托12个方舱核酸检测实验室,设采样点1066个。',
    want: [
      f('cases.positive', 14, '管', 'cumulative', null, { subject: '混管' }),
      f('cases.positive', 8, '管', 'cumulative', null, { region: '西青区' }),
      f('cases.positive', 3, '管', 'cumulative', null, { region: '津南区' }),
      f('cases.positive', 5, '管', 'cumulative', null, { subject: '单管' }),
      f('tests.capacity', 550000, '单管', null, null),
      f('resources.facilities', 12, '个', null, null),
      f('tests.sites', 1066, '个', null, null, { subject: '采样点' }),
    ],
  },
  {
    about: 'the zones of 2022 stand for risk levels; a zone before a part of another count is where the part is',
    text: '3月15日12时起,新增封控区14个、管控区6个、防范区4个。全区设立接驳点共608个,其中花果园封控区82个。',
    want: [
      f('areas.high_risk', 14, '个', 'new', null, { subject: '封控区' }),
      f('areas.medium_risk', 6, '个', 'new', null, { subject: '管控区' }),
      f('areas.low_risk', 4, '个', 'new', null, { subject: '防范区' }),
      f('resources.facilities', 608, '个', null, null),
      f('resources.facilities', 82, '个', null, null),
    ],
  },
  {
    about: 'two counts of one family written together with no mark between are one figure of the first',
    text: '青岛确定密接者次密接者2553人。',
    want: [f('contacts.close', 2553, '人', null, null)],
  },
  {
    about: 'zeros in words: before a space in a headline, and of the place right before them',
    text: '上海新增本土新冠肺炎确诊病例1661例 无新增境外输入性新冠肺炎确诊病例\n2022年8月15日0-24时,徐汇区无新增本土新冠肺炎确诊病例,新增无症状感染者1例。',
    want: [
      f('cases.confirmed', 1661, '例', 'new', 'local', { region: null }),
      f('cases.confirmed', 0, '例', 'new', 'imported', { region: null }),
      f('cases.confirmed', 0, '例', 'new', 'local', { region: '徐汇区' }),
      f('cases.asymptomatic', 1, '例', 'new', null),
    ],
  },
  {
    about: 'cases counted in 例 described as people by sex (为8名男性、6名女性)',
    text: '指挥中心说明,今日新增14例境外移入个案,为8名男性、6名女性,年龄介于未满5岁至60多岁。',
    want: [
      f('cases.confirmed', 14, '例', 'new', 'imported'),
      f('cases.confirmed', 8, '名', 'new', 'imported', { subject: '男性' }),
      f('cases.confirmed', 6, '名', 'new', 'imported', { subject: '女性' }),
    ],
  },
  {
    about: 'a full date with its year',
    text: '2022年4月17日,太原市新增本土确诊病例3例。',
    want: [f('cases.confirmed', 3, '例', 'new', 'local', { date: '2022-04-17' })],
  },
];

// ---------------------------------------------------------------------------
// Negative examples: numbers that are not figures.

const NEGATIVE: Array<[string, string]> = [
  ['本港增18宗创44日新低 一日三年长患者不治', 'a headline phrase after a space is not the noun of the number before it'],
  ['新增个案中,其中货柜码头暂收回3千多个样本樽', 'a classifier counting its own noun of another kind (样本樽), not the cases before'],
  ['核酸检测结果报告4个阳性环境标本', 'positive environment samples are not infected people'],
  ['储备核酸采样消耗品可满足一轮次全市区域核酸采样检测', 'the rounds stocks suffice for are not rounds carried out'],
  ['4月16日0时至24时', 'dates and times'],
  ['2022年4月17日发布', 'a date'],
  ['召开第150次新闻发布会', 'an ordinal'],
  ['第3轮核酸检测结果均为阴性', 'an ordinal round'],
  ['最近1轮核酸检测结果均为阴性', 'the latest round'],
  ['咨询电话:0311-85290821', 'a phone number'],
  ['国道214线交通管制', 'a road number'],
  ['坚持2+4+24小时工作机制', 'a slogan'],
  ['全市核酸检测阳性率为0.5%', 'a percentage'],
  ['无症状感染者占新增阳性感染者的75%', 'a share'],
  ['病例1,男,71岁,住小店区', 'a case identifier and an age'],
  ['一名领导干部被问责', 'a lone 一 is an article'],
  ['先后召开调度会12次', 'a count of meetings'],
  ['组建工作专班8个', 'a count of teams'],
  ['印发工作方案20份', 'a count of documents'],
  ['各类媒体报道300余篇', 'a count of media reports'],
  ['累计确诊病例是否超过100例?', 'a question'],
  ['全市新增确诊病例会超过100例吗？', 'a question, full-width mark'],
  ['【相关阅读:太原市新增本土确诊病例3例】', 'a related-reading link'],
  ['《太原市新增本土确诊病例3例》', 'a title'],
  ['阅读:1147', 'a page counter'],
  ['全市供热面积3000万平方米', 'heating area'],
  ['接听市民热线电话1200个', 'emergency calls'],
  ['规上工业增加值增长5.2%', 'industry output'],
  ['按每万人不少于20间的标准储备隔离房间', 'a ratio'],
  ['除5例普通型外,其余均为无症状感染者', 'an exception'],
  ['实行一人一档管理', 'a slogan'],
  ['市民热线12345累计接听电话3万个。', 'hotline calls'],
  ['请拨打12320热线。', 'a hotline number'],
  ['检测结果将于24小时内出具', 'a duration'],
  ['5G基站300个', 'another topic'],
  ['太原市卫健委发布第15号通告', 'a notice number'],
  ['二〇二二年四月十七日', 'a date in Chinese numerals'],
  ['已完成第三轮全员核酸检测。', 'an ordinal round in words'],
  ['全市划分为20个网格。', 'a classifier counting its own noun'],
  ['疫情发生以来,太原市累计投入防控资金2.3亿元。', 'funding, another topic'],
];

// ---------------------------------------------------------------------------
// Harder readings: topics without a number (…中), tables, origins stated after
// the count, lists continuing a verb, less common units.

const HARDER: Example[] = [
  {
    // The breakdown keeps the scope of its topic clause 新增确诊病例中, which has no number of its own.
    about: '新增…中 without a number: the breakdown keeps scope new',
    text: '新增确诊病例中,轻型5例,普通型2例。',
    want: [f('cases.confirmed', 5, '例', 'new'), f('cases.confirmed', 2, '例', 'new')],
  },
  {
    // The noun 确诊病例 is in the clause before, with no number of its own; 男性 is what the figure counts.
    about: '确诊病例中 without a number: the breakdown is still a figure',
    text: '确诊病例中,男性20例。',
    want: [f('cases.confirmed', 20, '例', null, null, { subject: '男性' })],
  },
  {
    // The subject names the group, without the verb phrase 筛查发现 / 中发现.
    about: 'subject of a cluster breakdown names the group, not the verb',
    text: '新增本土阳性感染者16例,其中社会面筛查发现5例,隔离管控人员中发现11例。',
    want: [
      f('cases.positive', 16, '例', 'new', 'local'),
      f('cases.positive', 5, '例', 'new', 'local', { subject: '社会面' }),
      f('cases.positive', 11, '例', 'new', 'local', { subject: '隔离管控人员' }),
    ],
  },
  {
    // Rows of place and count under a heading line ending in 如下: give one figure per row.
    about: 'a table of districts: one figure per row',
    text: '4月16日0时至24时,太原市各区新增本土确诊病例如下:\n小店区 24例\n迎泽区 2例\n杏花岭区 17例',
    want: [
      f('cases.confirmed', 24, '例', 'new', 'local', { region: '小店区', date: '2022-04-16' }),
      f('cases.confirmed', 2, '例', 'new', 'local', { region: '迎泽区', date: '2022-04-16' }),
      f('cases.confirmed', 17, '例', 'new', 'local', { region: '杏花岭区', date: '2022-04-16' }),
    ],
  },
  {
    // An origin stated for the whole count in the next clause (均为境外输入) is the count's.
    about: 'origin stated in the next clause: 均为境外输入',
    text: '新增确诊病例3例,均为境外输入。',
    want: [f('cases.confirmed', 3, '例', 'new', 'imported')],
  },
  {
    // 日检测能力 follows the noun phrase of 48个核酸检测机构 and still names the capacity after it.
    about: 'a capacity after a count of laboratories',
    text: '全市48个核酸检测机构日检测能力达到100万管。',
    want: [f('resources.facilities', 48, '个'), f('tests.capacity', 1_000_000, '管')],
  },
  {
    // 解除 governs both items of the list.
    about: '解除 over a 、 list of area levels',
    text: '截至11月30日,全市已解除高风险区15个、中风险区3个。',
    want: [
      f('areas.lifted', 15, '个', null, null, { subject: '高风险区', date: '2022-11-30' }),
      f('areas.lifted', 3, '个', null, null, { subject: '中风险区', date: '2022-11-30' }),
    ],
  },
  {
    // 千 in 千克 belongs to the unit, not to the number.
    about: 'supplies counted in 千克',
    text: '当天调运蔬菜500千克。',
    want: [f('supplies.delivered', 500, '千克', 'new', null, { subject: '蔬菜' })],
  },
  {
    // Masks are counted in 只.
    about: 'masks counted in 只',
    text: '全市日产口罩300万只。',
    want: [f('supplies.produced', 3_000_000, '只')],
  },
];

const GROUPS: Array<[string, Example[]]> = [
  ['cases', CASES],
  ['contacts', CONTACTS],
  ['tests', TESTS],
  ['supplies', SUPPLIES],
  ['resources', RESOURCES],
  ['areas', AREAS],
  ['language', LANGUAGE],
];

for (const [name, examples] of GROUPS) {
  describe(`examples: ${name}`, () => {
    for (const ex of examples) it(`${ex.about}: ${ex.text}`, () => check(ex));
  });
}

describe('examples: not figures', () => {
  for (const [text, why] of NEGATIVE) {
    it(`${why}: ${text}`, () => {
      const doc = extract(text, OPTIONS);
      expect(doc.figures.map((x) => `${x.metric} ${x.value} ${x.quote}`)).toEqual([]);
    });
  }
});

describe('examples: counts of places', () => {
  it('a count of districts is not a count of cases: 全市有14个区无本地报告新增确诊病例', () => {
    const doc = extract('全市有14个区无本地报告新增确诊病例,3个省份报告了病例。', OPTIONS);
    expect(doc.figures.filter((x) => x.value === 14 || x.value === 3)).toEqual([]);
  });
});

describe('examples: harder readings', () => {
  for (const ex of HARDER) it(`${ex.about}: ${ex.text}`, () => check(ex));
});

describe('examples cover the vocabulary', () => {
  const covered = new Set<Metric>();
  for (const [, examples] of GROUPS) for (const ex of examples) for (const w of ex.want) covered.add(w.metric);

  it('every metric of the cue table has a positive example', () => {
    const cueMetrics = [...new Set(CUES.map((c) => c.metric))];
    expect(cueMetrics.filter((m) => !covered.has(m))).toEqual([]);
  });

  it('every primary metric has a positive example (secondary ones are covered too)', () => {
    expect(PRIMARY_METRICS.filter((m) => !covered.has(m))).toEqual([]);
    expect(SECONDARY_METRICS.filter((m) => !covered.has(m))).toEqual([]);
  });
});
