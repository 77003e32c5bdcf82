import { childText, childrenNamed, findFirst, parseXml } from '../src/uploads/xml-lite.js';

test('elements, attributes, text, entities and CDATA', () => {
  const doc = parseXml(
    `<?xml version="1.0"?><!-- c --><a x="1 &amp; 2" y='&#x41;'><b>t&lt;1</b><b/><c><![CDATA[<raw>]]></c></a>`,
  );
  expect(doc.name).toBe('a');
  expect(doc.attributes).toEqual({ x: '1 & 2', y: 'A' });
  expect(childrenNamed(doc, 'b')).toHaveLength(2);
  expect(childText(doc, 'b')).toBe('t<1');
  expect(findFirst(doc, 'c')?.text).toBe('<raw>');
});

test('unbalanced documents are refused', () => {
  expect(() => parseXml('<a><b></a>')).toThrow(/unexpected <\/a>/);
  expect(() => parseXml('<a>')).toThrow(/not closed/);
  expect(() => parseXml('just text')).toThrow(/no root/);
});
