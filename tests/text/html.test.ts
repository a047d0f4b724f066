import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../../src/text/html.js';
import { assemble, LineAssembler } from '../../src/text/render.js';

const PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>太原市召开疫情防控新闻发布会_太原新闻网</title>
<script>var stat = "确诊病例999例";</script><style>.x { color: red }</style></head>
<body>
<header><div class="logo">太原新闻网</div><nav><a href="/">首页</a><a href="/news">新闻中心</a></nav></header>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/yw">要闻</a></div>
<div id="main">
  <div class="article">
    <h1>太原市召开第50场疫情防控新闻发布会</h1>
    <div class="info">发布时间：2022年04月17日 07:11 来源：太原日报</div>
    <div class="content">
      <p>　　截至4月15日24时，太原市本轮疫情累计报告
      确诊病例43例。</p>
      <p>新增无症状感染者5例&amp;出院4例。<br>其中小店区3例。</p>
      <table>
        <tr><th>区县</th><th>确诊</th></tr>
        <tr><td>小店区</td><td>24例</td></tr>
        <tr><td>迎泽区</td><td>2例</td></tr>
      </table>
      <div class="bdsharebuttonbox"><a>分享到微信</a><span>分享到微博</span></div>
    </div>
    <ul class="list"><li><a href="/1">相关新闻：太原市新增确诊病例3例</a></li><li><a href="/2">相关新闻：太原市开展全员核酸检测</a></li></ul>
  </div>
  <div class="sidebar"><p>热点排行榜摘要文字</p></div>
  <div class="comment-box"><p>网友评论：辛苦了</p></div>
</div>
<noscript>请开启脚本</noscript>
<footer>版权所有 太原新闻网 电话 0351-1234567</footer>
</body></html>`;

describe('htmlToText', () => {
  const { text, title } = htmlToText(PAGE);

  it('takes the title from the first <h1> outside the page furniture', () => {
    expect(title).toBe('太原市召开第50场疫情防控新闻发布会');
  });

  it('keeps the article with its headline and byline', () => {
    expect(text.split('\n\n')).toEqual([
      '太原市召开第50场疫情防控新闻发布会',
      '发布时间：2022年04月17日 07:11 来源：太原日报',
      '截至4月15日24时，太原市本轮疫情累计报告确诊病例43例。',
      '新增无症状感染者5例&出院4例。\n其中小店区3例。',
      '区县 确诊\n小店区 24例\n迎泽区 2例',
    ]);
  });

  it('drops scripts, navigation, headers, footers, share and comment boxes, sidebars and link lists', () => {
    for (const junk of ['999', '首页', '新闻中心', '当前位置', '分享', '热点', '网友评论', '相关新闻', '版权所有', '请开启脚本', 'color']) {
      expect(text).not.toContain(junk);
    }
  });

  it('takes the title from <title> without the site name when there is no <h1>', () => {
    expect(htmlToText('<title>关于新增本土病例的通报 - 山西省卫生健康委员会</title><p>正文</p>').title).toBe('关于新增本土病例的通报');
    expect(htmlToText('<title>疫情通报 | 新华网</title><p>正文</p>').title).toBe('疫情通报');
    expect(htmlToText('<title>2022-04-17 疫情通报_太原新闻网</title><p>正文</p>').title).toBe('2022-04-17 疫情通报');
    expect(htmlToText('<p>正文</p>').title).toBeNull();
  });

  it('decodes entities and turns <br> into line breaks', () => {
    const r = htmlToText('<div>确诊&#x75C5;&#20363;&lt;3&gt;&nbsp;例<br/>第二行<br><br>第二段</div>');
    expect(r.text).toBe('确诊病例<3> 例\n第二行\n\n第二段');
  });

  it('removes line breaks of the source between Chinese characters but not between words', () => {
    expect(htmlToText('<p>累计确诊\n   病例43例, new\n cases</p>').text).toBe('累计确诊病例43例, new cases');
  });

  it('joins the cells of a table row with a space, one row per line', () => {
    const r = htmlToText('<table><tr><td> 小店区 </td><td>24例</td></tr><tr><td>迎泽区</td><td>2例</td></tr></table>');
    expect(r.text).toBe('小店区 24例\n迎泽区 2例');
  });

  it('does not flatten an article laid out in a table cell', () => {
    const r = htmlToText(
      '<table><tr><td class="menu"><a>首页</a></td></tr><tr><td><p>第一段确诊病例3例。</p><p>第二段出院4例。</p></td></tr></table>',
    );
    expect(r.text).toBe('第一段确诊病例3例。\n\n第二段出院4例。');
  });

  it('keeps paragraphs written as <div>s together', () => {
    const r = htmlToText(
      '<body><div class="menu"><a>导航一</a><a>导航二</a></div><div class="art"><div>第一段，确诊病例3例。</div><div>第二段，出院病例4例。</div><div>第三段，累计治愈。</div></div></body>',
    );
    expect(r.text).toBe('第一段，确诊病例3例。\n\n第二段，出院病例4例。\n\n第三段，累计治愈。');
  });

  it('drops hidden elements', () => {
    expect(htmlToText('<p>可见</p><p style="display: none">隐藏</p><p hidden>也隐藏</p>').text).toBe('可见');
  });

  it('reads a body hidden by visibility until a script shows it (WeChat #js_content)', () => {
    const page =
      "<html><body><h1 class='title'>6月1日上海新增本土确诊病例15例</h1>" +
      "<div id='js_content' style='visibility:hidden'><p>市卫健委今早通报：2022年6月1日，全市新增本土确诊病例15例、无症状感染者78例。</p></div>" +
      "<p style='display:none'>不显示</p></body></html>";
    const { text } = htmlToText(page);
    expect(text).toContain('全市新增本土确诊病例15例、无症状感染者78例');
    expect(text).not.toContain('不显示');
  });
});

describe('htmlToText on pathological markup', () => {
  it('handles a page without <html> or <body>', () => {
    expect(htmlToText('<p>确诊病例3例</p><p>出院4例')).toEqual({ text: '确诊病例3例\n\n出院4例', title: null, published: null });
  });

  it('handles a page of scripts only', () => {
    expect(htmlToText('<script>var a = "确诊病例";</script><script>b()</script>')).toEqual({ text: '', title: null, published: null });
  });

  it('handles 10 000 nested divs', () => {
    const html = '<div>'.repeat(10_000) + '累计确诊病例43例' + '</div>'.repeat(10_000);
    expect(htmlToText(html).text).toBe('累计确诊病例43例');
  });

  it('handles 10 000 unclosed tags', () => {
    const para = (i: number) => `第${i}段，截至昨日二十四时全市累计报告本土确诊病例和无症状感染者共计${i}例，均已转运至定点医院隔离治疗。`;
    const html = Array.from({ length: 10_000 }, (_, i) => `<div><span><b>${para(i)}`).join('');
    const lines = htmlToText(html).text.split('\n\n');
    expect(lines).toHaveLength(10_000);
    expect(lines[0]).toBe(para(0));
    expect(lines[9_999]).toBe(para(9_999));
  });

  it('keeps the first paragraph of unclosed nested <div>s', () => {
    const para = (i: number) => `第${i}段，截至昨日二十四时全市累计报告本土确诊病例和无症状感染者共计${i}例。`;
    const html = '<body>' + [1, 2, 3, 4, 5].map((i) => `<div>${para(i)}`).join('');
    expect(htmlToText(html).text).toBe([1, 2, 3, 4, 5].map(para).join('\n\n'));
  });

  it('handles deeply nested links and inline elements', () => {
    const html = '<a href=#>'.repeat(5_000) + '<span>'.repeat(5_000) + '出院4例';
    expect(htmlToText(html).text).toBe('出院4例');
  });

  it('reads pages nested 100 000 deep in headings and article headers', () => {
    const depth = 100_000;
    // the title comes from the first <h1> with text, below 100 000 empty ones
    const headings = htmlToText('<h1>'.repeat(depth) + '</h1>'.repeat(depth) + '<h1>发布会</h1><p>确诊1例</p>');
    expect(headings).toEqual({ text: '发布会\n\n确诊1例', title: '发布会', published: null });
    // a <header> inside an <article> is kept, however deep
    const headers = htmlToText('<article>' + '<header>'.repeat(depth) + '出院2例');
    expect(headers.text).toBe('出院2例');
  });

  it('reads text around comments, processing instructions and CDATA, and never inside them', () => {
    expect(htmlToText('<p>确诊<!-- 病例999例 -->病例3例</p>').text).toBe('确诊病例3例');
    expect(htmlToText('<p>累计\n<!-- x -->\n出院4例</p>').text).toBe('累计出院4例');
    expect(htmlToText('<?xml version="1.0"?><p>新增<![CDATA[ 无关 ]]>2例</p>').text).toBe('新增2例');
  });

  it('closes the tags the markup leaves open as a browser does', () => {
    // an unclosed <p> ends at the next <p>, and </p> without <p> is an empty paragraph
    expect(htmlToText('<div><p>新增确诊病例3例<p>治愈出院2例</div>').text).toBe('新增确诊病例3例\n\n治愈出院2例');
    expect(htmlToText('<div>隔离观察12人</p>密切接触者5人</div>').text).toBe('隔离观察12人\n\n密切接触者5人');
    expect(htmlToText('<ul><li>小店区3例<li>迎泽区2例</ul>').text).toBe('小店区3例\n\n迎泽区2例');
  });

  it('keeps the text of scripts and styles out, however they are written', () => {
    const r = htmlToText('<div><SCRIPT type="text/javascript">document.write("<p>确诊9例</p>")</SCRIPT><Style>p{}</Style><P>确诊1例</P></div>');
    expect(r.text).toBe('确诊1例');
  });

  it('handles empty and malformed input', () => {
    expect(htmlToText('')).toEqual({ text: '', title: null, published: null });
    expect(htmlToText('<<<>>><!-- unterminated').text).toBe('<<<>>>');
    expect(htmlToText('<p attr="unterminated>确诊').text).toBe('');
  });
});

describe('looksLikeHtml', () => {
  it('recognises documents and fragments', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body></body></html>')).toBe(true);
    expect(looksLikeHtml('\ufeff  <html lang="zh">')).toBe(true);
    expect(looksLikeHtml('<div class="content"><p>确诊</p></div>')).toBe(true);
    expect(looksLikeHtml('<p>确诊病例3例</p>')).toBe(true);
  });

  it('does not take plain text for HTML', () => {
    expect(looksLikeHtml('截至4月15日24时，累计报告确诊病例43例。')).toBe(false);
    expect(looksLikeHtml('新增病例<5例，治愈率>90%。')).toBe(false);
    expect(looksLikeHtml('')).toBe(false);
  });
});

describe('htmlToText on a page too long for a tree', () => {
  it('reads it block by block: rows of a table stay rows, scripts and hidden blocks are dropped, the title is kept', () => {
    const rows: string[] = [];
    for (let i = 0, length = 0; length < 4_100_000; i++) {
      rows.push(`<tr><td>浦东${i % 10}</td><td>${i % 97}</td></tr>`);
      length += rows[i].length;
    }
    const page = `<html><head><title>上海市各区在院治疗情况_上海发布</title><script>var x = "不读";</script></head><body>` +
      `<p>截至2022年5月3日24时，各区在院治疗情况如下。</p><div style="display:none">隐藏</div><table>${rows.join('')}</table></body></html>`;
    const { text, title } = htmlToText(page);
    expect(title).toBe('上海市各区在院治疗情况');
    expect(text.startsWith('截至2022年5月3日24时，各区在院治疗情况如下。\n\n浦东0 0\n浦东1 1\n')).toBe(true);
    expect(text).not.toContain('不读');
    expect(text).not.toContain('隐藏');
  });
});

describe('LineAssembler', () => {
  it('makes of a rendered stream given in pieces the lines assemble makes of it whole', () => {
    const raw = ' \n\n截至5月3日 \u0002 24时，\u0002全市\t\t累计\n\n\n\n浦东  12 \n\u00a0\n徐汇\u00023\n \n\n末尾\u0002';
    const expected = assemble(raw);
    expect(expected).toBe('截至5月3日 24时，全市 累计\n\n浦东 12\n\n徐汇 3\n\n末尾');
    for (let size = 1; size <= raw.length; size++) {
      const lines = new LineAssembler();
      for (let at = 0; at < raw.length; at += size) lines.write(raw.slice(at, at + size));
      expect(lines.end(), `pieces of ${size}`).toBe(expected);
    }
  });
});
