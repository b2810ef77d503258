import { z } from 'zod';

/** One API method of the contract: its input and output schemas. */
export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** Input of a method that takes nothing. */
export const Empty = z.object({}).strict().default({});
