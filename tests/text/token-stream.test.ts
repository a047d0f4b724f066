// A page given to the tree builder a piece at a time tells its sink the same
// elements and text as the page given whole, wherever the pieces are cut: in a
// tag name, an attribute, an entity, a comment, a script, a run of spaces.
import { describe, expect, it } from 'vitest';
import { readTokens, TokenStream, type TreeSink } from '../../src/text/tree-builder.js';

type Event = ['open', string, Record<string, string>] | ['close'] | ['text', string] | ['separate'];

function recorder(): { sink: TreeSink; events: Event[] } {
  const events: Event[] = [];
  const sink: TreeSink = {
    open: (name, attribs) => events.push(['open', name, { ...attribs }]),
    close: () => events.push(['close']),
    text: (data) => events.push(['text', data]),
    separate: () => events.push(['separate']),
  };
  return { sink, events };
}

function whole(html: string): Event[] {
  const { sink, events } = recorder();
  readTokens(html, sink);
  return events;
}

function inPieces(html: string, size: number): Event[] {
  const { sink, events } = recorder();
  const tokens = new TokenStream(sink);
  for (let at = 0; at < html.length; at += size) tokens.write(html.slice(at, at + size));
  tokens.end();
  return events;
}

const PAGE =
  '<!DOCTYPE html><html><head><title>上海&amp;发布 — 疫情通报</title>' +
  '<script>if (a < b && c > d) { x = "</div>"; }</script><style>p { color: red }</style></head>' +
  '<body class="main page" data-x=\'单引号\' hidden-not>' +
  '<p>截至2022年5月3日24时，\n  全市累计&nbsp;报告&#x786e;诊病例&#30149;例43例。</p><!-- 注释 <p>不读</p> -->' +
  '<table><tr><td>浦东</td><td>12</td><tr><td>徐汇 </td><td> 3</td></table>' +
  'a < b 不是标签 &unknown; &amp 文字<br/><br>' +
  '<svg><circle r="1"/><title>图</title></svg><![CDATA[x]]><?pi?>' +
  '<P ID=Last>结束   \r\n  文本</p>末尾文字';

describe('TokenStream', () => {
  it('tells what readTokens tells of the whole page, for pieces of any size', () => {
    const expected = whole(PAGE);
    // the reference holds what the page holds: an entity is a text of its own, as is a `<` that opens no tag
    expect(expected.slice(4, 7)).toEqual([['text', '上海'], ['text', '&'], ['text', '发布 — 疫情通报']]);
    expect(expected).toContainEqual(['text', '< b 不是标签 &unknown; ']);
    expect(expected).toContainEqual(['open', 'body', { class: 'main page', 'data-x': '单引号', 'hidden-not': '' }]);
    expect(expected).toContainEqual(['text', '截至2022年5月3日24时，\n  全市累计']);
    for (let size = 1; size <= 40; size++) expect(inPieces(PAGE, size), `pieces of ${size}`).toEqual(expected);
    expect(inPieces(PAGE, 97)).toEqual(expected);
  });

  it('a text running on over many pieces is told once', () => {
    const text = '疫情防控'.repeat(500);
    const events = inPieces(`<p>${text}</p>`, 7);
    expect(events).toEqual([['open', 'p', {}], ['text', text], ['close']]);
  });
});
