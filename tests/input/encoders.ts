// Test helpers: GBK and Big5 encoders built by inverting the platform's decoders.
function buildTable(label: string, trails: (t: number) => boolean): Map<string, number[]> {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (!trails(trail)) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

let gbk: Map<string, number[]> | null = null;
let big5: Map<string, number[]> | null = null;

function encodeWith(table: Map<string, number[]>, text: string, name: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`${name} cannot encode ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

export function encodeGbk(text: string): Uint8Array {
  gbk ??= buildTable('gbk', (t) => t !== 0x7f && t !== 0xff);
  return encodeWith(gbk, text, 'GBK');
}

export function encodeBig5(text: string): Uint8Array {
  big5 ??= buildTable('big5', (t) => (t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe));
  return encodeWith(big5, text, 'Big5');
}

export function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const units: number[] = bom ? [0xfeff] : [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    out[2 * i + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = u >> 8;
  });
  return out;
}

export const SIMPLIFIED_ARTICLE =
  '截至4月15日24时，太原市本轮疫情累计报告确诊病例43例、无症状感染者120例。' +
  '新增本土确诊病例3例，均为隔离管控人员。全市开展核酸检测，采样955万人次。' +
  '市民群众要做好个人防护，配合社区开展防控工作。';

export const TRADITIONAL_ARTICLE =
  '截至4月15日24時，香港本輪疫情累計報告確診病例43例、無症狀感染者120例。' +
  '新增本地確診病例3例，均為隔離管控人員。全港開展核酸檢測，採樣955萬人次。' +
  '市民要做好個人防護，配合社區開展防控工作。';
