import { z } from 'zod';
import { OffsetSchema, SpanSchema } from './span.js';

export const FormatSchema = z.enum(['text', 'markdown', 'html']);
export type Format = z.output<typeof FormatSchema>;

export const BylineSchema = z.object({ authors: z.array(z.string()) });
export type Byline = z.output<typeof BylineSchema>;

export const ParagraphSchema = SpanSchema;
export type Paragraph = z.output<typeof ParagraphSchema>;

export const BodySchema = z.object({
  text: z.string(),
  paragraphs: z.array(ParagraphSchema),
});
export type Body = z.output<typeof BodySchema>;

export const QuoteKindSchema = z.enum(['direct', 'indirect', 'mixed', 'block']);
export type QuoteKind = z.output<typeof QuoteKindSchema>;

export const SpeakerSchema = z.object({
  name: z.string(),
  title: z.string().nullable(),
  entityId: z.string().nullable(),
});
export type Speaker = z.output<typeof SpeakerSchema>;

export const QuoteSchema = z.object({
  text: z.string(),
  start: OffsetSchema,
  end: OffsetSchema,
  kind: QuoteKindSchema,
  cue: z.string().nullable(),
  /** Fragments of one quote interrupted by its attribution share a group. */
  group: z.string().nullable(),
  speaker: SpeakerSchema.nullable(),
  /** The attribution (speaker and cue) as written, where the text gives one. */
  attribution: SpanSchema.nullable().optional(),
});
export type Quote = z.output<typeof QuoteSchema>;

export const EntityTypeSchema = z.enum(['person', 'organization', 'place', 'date', 'money', 'percent', 'other']);
export type EntityType = z.output<typeof EntityTypeSchema>;

export const MentionSchema = SpanSchema;
export type Mention = z.output<typeof MentionSchema>;

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  /** A role or honorific the article gives the entity (`Russian President`). */
  title: z.string().nullable().optional(),
  /** For dates: the ISO 8601 value, where the expression resolves to one. */
  value: z.string().nullable().optional(),
  mentions: z.array(MentionSchema),
  salience: z.number().min(0).max(1),
});
export type Entity = z.output<typeof EntitySchema>;

export const RelatedLinkSchema = z.object({
  title: z.string(),
  url: z.string().nullable(),
  label: z.string(),
  start: OffsetSchema,
  end: OffsetSchema,
});
export type RelatedLink = z.output<typeof RelatedLinkSchema>;

export const ShareNetworkSchema = z.enum(['x', 'facebook', 'linkedin', 'reddit', 'whatsapp', 'telegram', 'email']);
export type ShareNetwork = z.output<typeof ShareNetworkSchema>;

export const ShareSchema = z.object({
  title: z.string().nullable(),
  description: z.string().nullable(),
  url: z.string().nullable(),
  image: z.string().nullable(),
  hashtags: z.array(z.string()),
  targets: z.array(z.object({ network: ShareNetworkSchema, url: z.string() })),
  widget: z.object({ present: z.boolean(), labels: z.array(z.string()) }),
});
export type Share = z.output<typeof ShareSchema>;

export const BoilerplateKindSchema = z.enum([
  'related',
  'share',
  'recommendations',
  'ad',
  'credit',
  'newsletter',
  'embed',
  'footer',
  'other',
]);
export type BoilerplateKind = z.output<typeof BoilerplateKindSchema>;

export const BoilerplateSchema = z.object({
  kind: BoilerplateKindSchema,
  text: z.string(),
  start: OffsetSchema,
  end: OffsetSchema,
});
export type Boilerplate = z.output<typeof BoilerplateSchema>;

export const MetaSchema = z.object({
  format: FormatSchema,
  wordCount: z.number().int().nonnegative(),
  readingTimeMinutes: z.number().int().nonnegative(),
  /** ISO 639-1 code (`en`), stated by the input or detected. */
  language: z.string().nullable(),
});
export type Meta = z.output<typeof MetaSchema>;

export const SeveritySchema = z.enum(['info', 'warning', 'error']);
export type Severity = z.output<typeof SeveritySchema>;

export const DiagnosticSchema = z.object({
  extractor: z.string(),
  code: z.string(),
  message: z.string(),
  severity: SeveritySchema,
  start: OffsetSchema.optional(),
  end: OffsetSchema.optional(),
});
export type Diagnostic = z.output<typeof DiagnosticSchema>;

export const ArticleSchema = z.object({
  headline: z.string().nullable(),
  byline: BylineSchema.nullable(),
  /** ISO 8601. */
  publishedAt: z.string().nullable(),
  /** ISO 8601; HTML pages state it, plain text rarely does. */
  modifiedAt: z.string().nullable(),
  dateline: z.string().nullable(),
  siteName: z.string().nullable(),
  body: BodySchema,
  quotes: z.array(QuoteSchema),
  entities: z.array(EntitySchema),
  relatedLinks: z.array(RelatedLinkSchema),
  share: ShareSchema,
  boilerplate: z.array(BoilerplateSchema),
  meta: MetaSchema,
  diagnostics: z.array(DiagnosticSchema),
});
/** One parsed article, as the default pipeline returns it. */
export type Article = z.output<typeof ArticleSchema>;

/** The JSON Schema (draft 2020-12) of {@link ArticleSchema}. */
export function articleJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ArticleSchema, { io: 'output' }) as Record<string, unknown>;
}
