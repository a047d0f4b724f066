// Each kind of cross-check on hand-written figure lists: what each list states
// was read off the figures, and the checks expected follow from that reading.
import { describe, expect, it } from 'vitest';
import { crossCheck, withChecks } from '../../src/crosscheck/index.js';
import { extract } from '../../src/pipeline.js';
import { DocumentSchema, type Figure } from '../../src/validate/schema.js';

let offset = 0;
/** A figure; attributes not given are those of a plain new local confirmed count of 2022-04-01. */
function fig(value: number, over: Partial<Figure> = {}): Figure {
  const quote = over.quote ?? `${value}例`;
  const start = offset;
  offset += quote.length + 1;
  return {
    metric: 'cases.confirmed', value, unit: '例', approx: 'exact', scope: 'new', origin: 'local',
    region: null, subject: null, date: '2022-04-01', quote, start, end: start + quote.length, ...over,
  };
}

function doc(figures: Figure[], more: { published?: string | null; region?: string | null } = {}) {
  return { published: more.published ?? null, region: more.region === undefined ? '上海市' : more.region, figures };
}

const kinds = (figures: Figure[], more = {}) => crossCheck(doc(figures, more)).map((c) => [c.kind, c.figures]);

describe('parts against their stated total', () => {
  it('flags districts that add up to more than the city total, naming the total first', () => {
    // 上海 10 new cases; 浦东新区 6 and 闵行区 7 make 13
    const figures = [fig(10), fig(6, { region: '浦东新区' }), fig(7, { region: '闵行区' })];
    const checks = crossCheck(doc(figures));
    expect(checks).toEqual([{ kind: 'parts-exceed-total', figures: [0, 1, 2], message: expect.stringContaining('13例') }]);
    expect(checks[0].message).toContain('浦东新区6例 + 闵行区7例');
  });

  it('flags two or more districts that add up to less than the city total, not one district alone', () => {
    // 865 for the city against 264 in two districts (the case); one district is a partial listing
    expect(kinds([fig(865), fig(200, { region: '浦东新区' }), fig(64, { region: '闵行区' })])).toEqual([['parts-below-total', [0, 1, 2]]]);
    expect(kinds([fig(865), fig(200, { region: '浦东新区' })])).toEqual([]);
  });

  it('does not call a list short when one of its parts names no known place', () => {
    // 吉林省 244 = 长春市 211 + 延边州 14 + 吉林市 12 + 白城市 6 + 松原市 1; 延边州 is not a GB/T 2260 name
    const parts = [fig(244), fig(211, { region: '长春市' }), fig(14, { region: '延边州' }), fig(12, { region: '吉林市' }), fig(6, { region: '白城市' }), fig(1, { region: '松原市' })];
    expect(kinds(parts, { region: '吉林省' })).toEqual([]);
    parts[1] = fig(300, { region: '长春市' });
    expect(kinds(parts, { region: '吉林省' })).toEqual([['parts-exceed-total', [0, 1, 3, 4, 5]]]);
  });

  it('does not call a list short when one of its places has a name two places share', () => {
    // a 沈阳市 bulletin: 30 = 和平区 11 + 辽中区 7 + 于洪区 12; 和平区 is also Tianjin's
    const parts = [fig(30), fig(11, { region: '和平区' }), fig(7, { region: '辽中区' }), fig(12, { region: '于洪区' })];
    expect(kinds(parts, { region: '沈阳市' })).toEqual([]);
    expect(kinds(parts.filter((_, i) => i !== 1), { region: '沈阳市' })).toEqual([['parts-below-total', [0, 1, 2]]]);
    // 兰州市 24 = 七里河区 11 + 城关区 6 + 西固区 4 + 安宁区 2 + 榆中县 1 (城关区 is also Lhasa's), as a sub-total of 甘肃省
    const lanzhou = [fig(24, { region: '兰州市' }), fig(11, { region: '七里河区' }), fig(6, { region: '城关区' }), fig(4, { region: '西固区' }), fig(2, { region: '安宁区' }), fig(1, { region: '榆中县' })];
    expect(kinds(lanzhou, { region: '甘肃省' })).toEqual([]);
  });

  it('passes districts that add up to the total exactly, and compares only the highest level of places inside', () => {
    expect(kinds([fig(10), fig(4, { region: '浦东新区' }), fig(6, { region: '闵行区' })])).toEqual([]);
    // national 52 = 河北省 40 + 辽宁省 12; 石家庄市 38 + 邢台市 2 = 河北省 40: cities are not added to provinces
    const national = [fig(52), fig(40, { region: '河北省' }), fig(38, { region: '石家庄市' }), fig(2, { region: '邢台市' }), fig(12, { region: '辽宁省' })];
    expect(kinds(national, { region: null })).toEqual([]);
    // 石家庄市 38 + 邢台市 5 = 43 is more than 河北省 40
    national[3] = fig(5, { region: '邢台市' });
    expect(kinds(national, { region: null })).toEqual([['parts-exceed-total', [1, 2, 3]]]);
  });

  it('compares only figures of one metric, scope, origin, subject, date and unit', () => {
    const figures = [fig(10), fig(8, { region: '浦东新区', scope: 'cumulative' }), fig(7, { region: '闵行区', origin: 'imported' }), fig(9, { region: '徐汇区', date: '2022-04-02' })];
    expect(kinds(figures)).toEqual([]);
  });

  it('flags 其中 parts named by subject that exceed the figure they split, not those short of it', () => {
    // 新增确诊病例12例，其中隔离管控中发现9例，社会面筛查发现5例: 14 > 12
    const over = [fig(12), fig(9, { subject: '隔离管控中发现' }), fig(5, { subject: '社会面' })];
    expect(kinds(over)).toEqual([['parts-exceed-total', [0, 1, 2]]]);
    expect(kinds([fig(12), fig(9, { subject: '隔离管控中发现' })])).toEqual([]);
  });

  it('holds local and imported counts to no more than the count of both', () => {
    const both = (l: number, i: number, all: number) => [fig(all, { origin: null }), fig(l), fig(i, { origin: 'imported' })];
    expect(kinds(both(8, 2, 10))).toEqual([]);
    expect(kinds(both(8, 3, 10))).toEqual([['parts-exceed-total', [0, 1, 2]]]);
    // 15,880例確診,分別為1,346例境外移入,14,481例本土病例,36例敦睦艦隊、2例航空器感染、1例不明及14例調查中
    expect(kinds(both(14481, 1346, 15880))).toEqual([]);
    // local alone: only more than the total is wrong
    expect(kinds([fig(10, { origin: null }), fig(7)])).toEqual([]);
    expect(kinds([fig(10, { origin: null }), fig(11)])).toEqual([['parts-exceed-total', [0, 1]]]);
  });

  it('leaves approximate totals alone', () => {
    expect(kinds([fig(100, { approx: 'over' }), fig(60, { region: '浦东新区' }), fig(70, { region: '闵行区' })])).toEqual([]);
  });
});

describe('new and current against cumulative', () => {
  it('flags a day\'s new count above the cumulative count of the same place and date', () => {
    const figures = [fig(30), fig(25, { scope: 'cumulative' })];
    expect(crossCheck(doc(figures))).toEqual([
      { kind: 'new-exceeds-cumulative', figures: [0, 1], message: 'cases.confirmed new local 2022-04-01 30例 is more than the cumulative 25例' },
    ]);
    expect(kinds([fig(20), fig(25, { scope: 'cumulative' })])).toEqual([]);
    expect(kinds([fig(30), fig(25, { scope: 'cumulative', date: '2022-03-31' })])).toEqual([]);
    expect(kinds([fig(30, { region: '浦东新区' }), fig(25, { scope: 'cumulative' })])).toEqual([]);
  });

  it('flags a current count above the cumulative one', () => {
    // 在院治疗 is cases.hospitalized, another metric: only one metric's counts compare
    const figures = [fig(9, { scope: 'cumulative' }), fig(12, { scope: 'current' }), fig(50, { scope: 'current', metric: 'cases.hospitalized' })];
    expect(kinds(figures)).toEqual([['current-exceeds-cumulative', [1, 0]]]);
  });
});

describe('one fact with two values', () => {
  it('flags 次密接697人 and 671人 in one article', () => {
    const contacts = { metric: 'contacts.secondary' as const, unit: '人', scope: null, origin: null, date: null };
    const figures = [fig(697, { ...contacts, quote: '次密接697人' }), fig(5), fig(671, { ...contacts, quote: '671人' })];
    expect(crossCheck(doc(figures))).toEqual([
      { kind: 'two-values', figures: [0, 2], message: 'contacts.secondary is stated as 697人 and 671人' },
    ]);
  });

  it('passes a repeated value and a rounded restatement that agrees with it', () => {
    expect(kinds([fig(186), fig(186)])).toEqual([]);
    expect(kinds([fig(186), fig(180, { approx: 'over' })])).toEqual([]);
    expect(kinds([fig(186), fig(190, { approx: 'about' })])).toEqual([]);
    expect(kinds([fig(186), fig(200, { approx: 'over' })])).toEqual([['two-values', [0, 1]]]);
  });

  it('keeps facts of different units apart', () => {
    expect(kinds([fig(5, { metric: 'tests.samples', unit: '万人次', scope: null }), fig(3, { metric: 'tests.samples', unit: '份', scope: null })])).toEqual([]);
  });
});

describe('dates after publication', () => {
  it('flags figures dated after the publication day, one check per date', () => {
    const figures = [fig(1, { date: '2022-04-01' }), fig(2, { date: '2022-04-03' }), fig(3, { date: '2022-04-03', metric: 'cases.asymptomatic' }), fig(4, { date: '2022-04-02T10:00' })];
    expect(crossCheck(doc(figures, { published: '2022-04-02T09:30' }))).toEqual([
      { kind: 'dated-after-publication', figures: [1, 2], message: '2 figures are dated 2022-04-03, after the publication date 2022-04-02T09:30' },
    ]);
  });

  it('says nothing without a publication date, or for yearless dates and ranges that begin before it', () => {
    expect(kinds([fig(1, { date: '2022-04-09' })], { published: null })).toEqual([]);
    expect(kinds([fig(1, { date: '--04-09' }), fig(2, { date: '2022-03-30/..' })], { published: '2022-04-02' })).toEqual([]);
  });
});

describe('checks on documents', () => {
  it('adds checks only when some fail, and the schema accepts them', () => {
    const clean = withChecks(doc([fig(10), fig(10)]));
    expect(clean).not.toHaveProperty('checks');
    const failed = withChecks(doc([fig(30), fig(25, { scope: 'cumulative' })]));
    expect(failed.checks).toHaveLength(1);
  });

  it('refuses a check that names a figure the document does not have', () => {
    const base = extract('截至4月15日24时，太原市本轮疫情累计报告确诊病例43例。', { file: 'a.txt' });
    const bad = { ...base, checks: [{ kind: 'two-values', message: 'x', figures: [base.figures.length] }] };
    expect(DocumentSchema.safeParse(bad).success).toBe(false);
    expect(DocumentSchema.safeParse({ ...bad, checks: [{ ...bad.checks[0], figures: [0] }] }).success).toBe(true);
  });

  it('reports districts short of the city total in an extracted article', () => {
    // 10 new cases in the city, of which the two districts named hold 4 + 3 = 7
    const d = extract('2022年4月1日0—24时，上海市新增本土确诊病例10例，其中浦东新区4例、闵行区3例。', { file: 'a.txt' });
    expect(d.figures.map((f) => [f.value, f.region])).toEqual([[10, null], [4, '浦东新区'], [3, '闵行区']]);
    expect(d.checks).toEqual([{ kind: 'parts-below-total', figures: [0, 1, 2], message: expect.stringContaining('7例') }]);
  });
});
