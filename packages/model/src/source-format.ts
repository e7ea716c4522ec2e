/** The formats a plan can be read from; a module of its own so that checking one needs no zod. */
export const SOURCE_FORMATS = ['pdf', 'docx', 'text', 'markdown'] as const;
