// The headline when the page gives none: the first short line of the text
// that reads like a headline (not a byline, a date or a sentence of the body).
import { firstLines } from './published.js';

export function guessTitle(text: string): string | null {
  for (const raw of firstLines(text, 12)) {
    const line = raw.trim();
    if (line.length < 6 || line.length > 60) continue;
    if (/^(?:\d{4}[-年]|来源|作者|时间|发布|您当前的位置|首页)/.test(line)) continue;
    if (/记者|编辑|通讯员|来源[:：]|作者[:：]|\/文|\/图|摄$/.test(line)) continue;
    if (!/[\u4e00-\u9fff]{4}/.test(line)) continue;
    // a sentence of the body (新增确诊病例中,长沙市5例、…。) is not a headline
    if (/[。;；]$/.test(line) && /[,，]/.test(line)) continue;
    return line;
  }
  return null;
}
