// How tags open and close elements when the tree of a page is built. The
// rules for tags the markup leaves open or closes too often are htmlparser2's
// own (its Parser in HTML mode): implied closing tags, void elements, `</p>`
// and `</br>` without an opening tag, self-closing tags in SVG and MathML.
// They are kept here instead of in its Parser because that keeps its stack of
// open elements with `Array#unshift`, and looks a closing tag up with
// `indexOf` from the innermost element: both cost the depth of the page, so
// markup nested a hundred thousand deep took minutes (see tree.ts).
const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const pTag = new Set(['p']);
const tableSectionTags = new Set(['thead', 'tbody']);
const ddtTags = new Set(['dd', 'dt']);
const rtpTags = new Set(['rt', 'rp']);

/** An opening tag closes these elements when they are the innermost open ones. */
export const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', ddtTags],
  ['dt', ddtTags],
  ['rt', rtpTags],
  ['rp', rtpTags],
  ['tbody', tableSectionTags],
  ['tfoot', tableSectionTags],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, formTags] as [string, Set<string>]),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
    'table', 'ul'].map((t) => [t, pTag] as [string, Set<string>]),
]);

export const VOID_ELEMENTS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Elements in which `<x/>` closes x (SVG and MathML), and those that return to HTML rules inside them. */
export const FOREIGN_CONTEXT = new Set(['math', 'svg']);
export const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** Elements whose text the tokenizer reads up to their closing tag, `<` and all. */
export const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
