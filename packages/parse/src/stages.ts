// The stages load lazily, once: pdf.js and mammoth are large and most callers need one format;
// and a dynamic import() re-resolves its specifier on every call, so each promise is kept.
let text: Promise<typeof import('@tc/text')> | undefined;
let docx: Promise<typeof import('@tc/docx')> | undefined;
let pdf: Promise<typeof import('@tc/pdf')> | undefined;
let recognise: Promise<typeof import('@tc/recognise')> | undefined;
let validation: Promise<typeof import('./validate-plan.ts')> | undefined;

export const loadText = () => (text ??= import('@tc/text'));
export const loadDocx = () => (docx ??= import('@tc/docx'));
export const loadPdf = () => (pdf ??= import('@tc/pdf'));
export const loadRecognise = () => (recognise ??= import('@tc/recognise'));
export const loadValidation = () => (validation ??= import('./validate-plan.ts'));
