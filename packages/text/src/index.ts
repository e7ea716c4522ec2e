export { decodeText, type DecodedText } from './decode-text.ts';
export { detectTextFlavour } from './detect-flavour.ts';
export { parseText, type ParseTextOptions } from './parse-text.ts';
