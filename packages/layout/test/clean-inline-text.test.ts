import { describe, expect, it } from 'vitest';
import { cleanInlineText, foldWhitespace, hasHtmlMarkup, healHyphenation, htmlToText, toSuperscript } from '../src/index.ts';

describe('cleanInlineText', () => {
  it.each([
    ['folds whitespace and trims', '  a \t b\u00a0\n c  ', 'a b c'],
    ['resolves paragraphs into separate words', '<p>one</p> <p>two</p>', 'one two'],
    ['drops inline tags', '<u>Design and develop</u> webpages', 'Design and develop webpages'],
    ['drops tags with attributes', 'terms of: <ul style="list-style-type: none"> • a • b', 'terms of: • a • b'],
    ['resolves named entities', 'E&amp;D &lt;ok&gt; caf&eacute;', 'E&D <ok> café'],
    ['resolves numeric entities', 'a &#8211; b &#x2014; c', 'a – b — c'],
    ['treats <br> and <li> as breaks', 'a<br>b<li>c</li>', 'a b c'],
    ['keeps a lone ampersand and a less-than sign', 'R&D costs < 5 & more', 'R&D costs < 5 & more'],
    ['reduces markdown links to their text', 'joining the [Technician Commitment](#), and [CIMS](https://x.org/a).', 'joining the Technician Commitment, and CIMS.'],
    ['strips strong emphasis', 'a **bold** and __strong__ word', 'a bold and strong word'],
    ['writes ^{…} as superscripts', 'researchers ^{1 2} We will', 'researchers ¹ ² We will'],
    ['keeps ^{…} it cannot write as superscripts', 'x^{abc}', 'x^{abc}'],
    ['heals a word hyphenated across a line break', 'develop-\nment of staff', 'development of staff'],
    ['keeps the hyphen before an uppercase line', 'Anglo-\nSaxon', 'Anglo- Saxon'],
    ['keeps a hyphen inside a line', 'on-going work', 'on-going work'],
    ['heals with CRLF and trailing blanks', 'develop- \r\n  ment', 'development'],
  ])('%s', (_name, raw, expected) => {
    expect(cleanInlineText(raw)).toBe(expected);
  });

  it('is idempotent on cleaned text', () => {
    const once = cleanInlineText('<p>E&amp;D [x](y) ^{2}</p>');
    expect(cleanInlineText(once)).toBe(once);
  });

  it('stays linear on pathological input', () => {
    const text = '<a '.repeat(20_000) + '[x'.repeat(20_000) + '**'.repeat(20_000);
    expect(cleanInlineText(text).length).toBeGreaterThan(0);
  });
});

describe('the helpers', () => {
  it('foldWhitespace reads control characters (a tab drawn as NUL) as gaps', () => {
    expect(foldWhitespace('1.1\u0000Record films\u0007 now\u007f')).toBe('1.1 Record films now');
  });

  it('foldWhitespace removes soft hyphens and zero-width spaces as gaps', () => {
    expect(foldWhitespace('a\u200bb  c\u00ad')).toBe('a b c');
  });
  it('healHyphenation leaves text without a hyphenated break alone', () => {
    expect(healHyphenation('one\ntwo')).toBe('one\ntwo');
  });
  it('hasHtmlMarkup recognises tags and references only', () => {
    expect(hasHtmlMarkup('a <p> b')).toBe(true);
    expect(hasHtmlMarkup('a &amp; b')).toBe(true);
    expect(hasHtmlMarkup('a < b > c & d')).toBe(false);
  });
  it('htmlToText separates block elements with line breaks', () => {
    expect(htmlToText('<p>a</p><p>b</p>')).toBe('\na\n\nb\n');
  });
  it('toSuperscript writes digits and refuses letters', () => {
    expect(toSuperscript('12')).toBe('¹²');
    expect(toSuperscript('a')).toBeNull();
  });
});
