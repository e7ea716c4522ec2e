// `@tc/model/lite`: the parts of the model that need no zod, for code that must stay small in a
// browser's first download (the parse facade); the schemas load later, with the recogniser.
export { SOURCE_FORMATS } from './source-format.ts';
export { TC_ERROR_CODES, TcError, isTcError, type TcErrorCode } from './tc-error.ts';
