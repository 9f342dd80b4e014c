// Structured logs: one JSON object per line, each with its time; request lines carry the request id.

export interface ApiLogger {
  write(entry: Record<string, unknown>): void;
}

export function jsonLogger(stream: { write(text: string): unknown } = process.stdout): ApiLogger {
  return {
    write(entry) {
      stream.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
    },
  };
}

/** What an unexpected error may show in the log (never in a response): its name, message, code and stack. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return { name: error.name, message: error.message, ...(code ? { code } : {}), stack: error.stack };
}
