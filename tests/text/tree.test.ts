import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { type DomNode, parseTree } from '../../src/text/tree.js';

/**
 * The tree htmlparser2's own Parser gives, from its events: the reference
 * that parseTree reproduces (same elements, attributes and text runs), kept
 * here so that a new htmlparser2 whose rules change fails this test.
 */
function parserTree(html: string): DomNode {
  const root: DomNode = { type: 'root', name: undefined, data: undefined, attribs: undefined, children: [], parent: null, index: -1 };
  let current = root;
  let lastText: DomNode | null = null;
  const parser = new Parser({
    onopentag(name, attribs) {
      const element: DomNode = { type: 'tag', name, data: undefined, attribs, children: [], parent: current, index: -1 };
      current.children!.push(element);
      current = element;
      lastText = null;
    },
    onclosetag() {
      current = current.parent ?? root;
      lastText = null;
    },
    ontext(data) {
      if (lastText) lastText.data += data;
      else {
        lastText = { type: 'text', name: undefined, data, attribs: undefined, children: undefined, parent: current, index: -1 };
        current.children!.push(lastText);
      }
    },
    oncomment() {
      lastText = null;
    },
    onprocessinginstruction() {
      lastText = null;
    },
  });
  parser.end(html);
  return root;
}

/** Every node in document order, with its attributes in their order, and whether its parent link is right. */
function dump(root: DomNode): string {
  const out: string[] = [];
  const stack: Array<DomNode | string> = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      out.push(n);
      continue;
    }
    if (n.type === 'text') {
      out.push(JSON.stringify(n.data));
      continue;
    }
    out.push(`<${n.name ?? '#root'} ${JSON.stringify(Object.entries(n.attribs ?? {}))}>`);
    stack.push('</>');
    for (let i = n.children!.length - 1; i >= 0; i--) {
      if (n.children![i].parent !== n) out.push('!parent');
      stack.push(n.children![i]);
    }
  }
  return out.join('');
}

/** Random markup from pieces that exercise the parser's rules for open and closing tags; seeded. */
function randomPage(seed: number): string {
  let state = seed;
  const rnd = () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)];
  const TAGS = ['p', 'div', 'span', 'a', 'script', 'style', 'head', 'title', 'meta', 'br', 'li', 'ul', 'table', 'td', 'tr',
    'th', 'tbody', 'thead', 'tfoot', 'svg', 'math', 'mi', 'foreignObject', 'desc', 'g', 'textarea', 'header', 'article',
    'h1', 'body', 'html', 'b', 'select', 'option', 'optgroup', 'button', 'input', 'pre', 'img', 'hr', 'dd', 'dt', 'dl',
    'rt', 'rp', 'link', 'wbr', 'form', 'section'];
  const ATTRS = ['', ' class="nav"', ' id="x" ID=y', ' hidden', ' content="标题&amp;一"', ' a=&#x110000;&#0;', " b='&lt;'", ' c=x&y d', ' e="'];
  const TEXT = ['新增确诊病例3例', '，', ' ', '\n', '&amp;', '&#x4e00;', '&nbsp;', '&lt;p&gt;', '&unknown;', '&amp', '&#0;', '&#x110000;', 'abc'];
  const MISC = ['<!-- c -->', '<!-->', '<![CDATA[ 无关 ]]>', '<?xml version="1.0"?>', '<!DOCTYPE html>', '</p>', '</br>',
    '</hr>', '<', '</ >', '</', '<p/>', '<svg/>', '<g/>', '<title/>', '</svg>', '</title>', '</div', '<a', '<P>', '</SCRIPT>',
    '</li>', '</td>', '</table>', '<body>', '</head>', '<1>', '</a b=c>'];
  const gen = (depth: number): string => {
    let s = '';
    const n = Math.floor(rnd() * 7);
    for (let i = 0; i < n; i++) {
      const r = rnd();
      if (r < 0.3) s += pick(TEXT) + pick(TEXT);
      else if (r < 0.5) s += pick(MISC);
      else if (depth < 6) {
        const t = rnd() < 0.15 ? pick(TAGS).toUpperCase() : pick(TAGS);
        s += `<${t}${pick(ATTRS)}${rnd() < 0.1 ? '/' : ''}>` + gen(depth + 1) + (rnd() < 0.6 ? `</${rnd() < 0.1 ? pick(TAGS) : t}>` : '');
      }
    }
    return s;
  };
  const page = gen(0);
  // cut some pages off anywhere: inside a tag, an attribute or a comment
  return rnd() < 0.2 ? page.slice(0, Math.floor(rnd() * page.length)) : page;
}

/** The tree written back as compact markup: elements as name[children], text quoted. */
function shape(node: DomNode): string {
  const kids = (node.children ?? []).map((c) => (c.type === 'text' ? JSON.stringify(c.data) : shape(c))).join(',');
  return node.type === 'root' ? kids : `${node.name}[${kids}]`;
}

describe('parseTree', () => {
  it('builds the tree htmlparser2\'s Parser builds, on 3 000 random pages', () => {
    const differing: Array<{ html: string; parser: string; ours: string }> = [];
    for (let seed = 1; seed <= 3_000 && differing.length < 3; seed++) {
      const html = randomPage(seed);
      const parser = dump(parserTree(html));
      const ours = dump(parseTree(html));
      if (ours !== parser) differing.push({ html, parser, ours });
    }
    expect(differing).toEqual([]);
  });

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
