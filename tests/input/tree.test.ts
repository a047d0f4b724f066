import { describe, expect, it } from 'vitest';
import { type DomNode, parseTree } from '../../src/input/tree.js';

/** The tree written back as compact markup: elements as name[children], text quoted. */
function shape(node: DomNode): string {
  const kids = (node.children ?? []).map((c) => (c.type === 'text' ? JSON.stringify(c.data) : shape(c))).join(',');
  return node.type === 'root' ? kids : `${node.name}[${kids}]`;
}

describe('parseTree', () => {
  it('builds elements and text, joining adjacent text and decoding entities', () => {
    expect(shape(parseTree('<div>新增&amp;<b>3</b>例&#x4e00;</div>'))).toBe('div["新增&",b["3"],"例一"]');
  });

  it('keeps comments, CDATA, declarations and processing instructions out but text on either side apart', () => {
    expect(shape(parseTree('<p>甲<!-- x -->乙<![CDATA[y]]>丙<?php z ?>丁<!x>戊</p>'))).toBe('p["甲","乙","丙","丁","戊"]');
  });

  it('closes the elements an opening tag implies, as browsers do', () => {
    expect(shape(parseTree('<p>一<p>二<div>三</div>'))).toBe('p["一"],p["二"],div["三"]');
    expect(shape(parseTree('<ul><li>一<li>二</ul>'))).toBe('ul[li["一"],li["二"]]');
    expect(shape(parseTree('<table><tr><td>一<td>二<tr><td>三</table>'))).toBe('table[tr[td["一"],td["二"]],tr[td["三"]]]');
    expect(shape(parseTree('<dl><dt>一<dd>二<dt>三</dl>'))).toBe('dl[dt["一"],dd["二"],dt["三"]]');
  });

  it('never opens void elements, and reads </br> as <br> and a stray </p> as an empty paragraph', () => {
    expect(shape(parseTree('<div>一<br>二<img src=x>三</div>'))).toBe('div["一",br[],"二",img[],"三"]');
    expect(shape(parseTree('<div>一</br>二</p>三</div>'))).toBe('div["一",br[],"二",p[],"三"]');
  });

  it('closes down to the innermost open element of the closing tag\'s name, and ignores one that is not open (the text around it stays one run, as in a browser)', () => {
    expect(shape(parseTree('<div><span><b>一</div>二'))).toBe('div[span[b["一"]]],"二"');
    expect(shape(parseTree('<div>一</span></td></li>二</div>'))).toBe('div["一二"]');
    expect(shape(parseTree('<div><div>一</div>二</div>三'))).toBe('div[div["一"],"二"],"三"');
  });

  it('honours self-closing tags only in SVG and MathML', () => {
    expect(shape(parseTree('<div/>一'))).toBe('div["一"]');
    expect(shape(parseTree('<svg><g/><text>一</text></svg>二'))).toBe('svg[g[],text["一"]],"二"');
    expect(shape(parseTree('<svg><foreignObject><div/>一</foreignObject></svg>'))).toBe('svg[foreignobject[div["一"]]]');
  });

  it('lower-cases names, keeps the first of repeated attributes and decodes their entities', () => {
    const div = parseTree('<DIV Class="a&amp;b" class="c" hidden>x</DIV>').children![0];
    expect(div.name).toBe('div');
    expect(div.attribs).toEqual({ class: 'a&b', hidden: '' });
  });

  it('leaves the text of scripts, styles and titles unparsed', () => {
    expect(shape(parseTree('<script>if (a<b) x("</p>")</script><title>a<b>c</title>'))).toBe(
      'script["if (a<b) x(\\"</p>\\")"],title["a<b>c"]',
    );
  });

  it('keeps a page nested 200 000 deep, with as many stray closing tags, in one piece', () => {
    const depth = 200_000;
    const root = parseTree('<div>'.repeat(depth) + '</span>'.repeat(depth) + '确诊1例' + '</div>'.repeat(depth) + '出院2例');
    let node = root;
    let levels = 0;
    while (node.children!.length && node.children![0].type === 'tag') {
      node = node.children![0];
      levels++;
    }
    expect(levels).toBe(depth);
    expect(node.children).toEqual([expect.objectContaining({ type: 'text', data: '确诊1例' })]);
    expect(root.children!.map((c) => c.type)).toEqual(['tag', 'text']);
    expect(root.children![1].data).toBe('出院2例');
  });
});
