import { z } from 'zod';

/** A UTF-16 offset into the input string. */
export const OffsetSchema = z.number().int().nonnegative();

/** A piece of the input: its text and where it lies (`end` exclusive). */
export const SpanSchema = z.object({
  text: z.string(),
  start: OffsetSchema,
  end: OffsetSchema,
});
/** A piece of the input: its text and where it lies (`end` exclusive). */
export type Span = z.output<typeof SpanSchema>;
