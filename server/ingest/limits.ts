// Limits of the ingest that the command line, the API and the workers share.

/** The longest article text accepted, in characters (about 150,000 words); longer ones are refused with a reason. */
export const DEFAULT_MAX_CHARS = 1_000_000;
