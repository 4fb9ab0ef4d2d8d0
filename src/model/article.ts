import { z } from 'zod';
import { OffsetSchema, SpanSchema } from './span.js';

/** The formats broadsheet reads: plain text, Markdown, HTML. */
export const FormatSchema = z.enum(['text', 'markdown', 'html']);
/** An input format: `text`, `markdown` or `html`. */
export type Format = z.output<typeof FormatSchema>;

/** Who wrote the article. */
export const BylineSchema = z.object({ authors: z.array(z.string()) });
/** Who wrote the article: the authors' names, in the order given. */
export type Byline = z.output<typeof BylineSchema>;

/** One body paragraph: its text and offsets. */
export const ParagraphSchema = SpanSchema;
/** One body paragraph: its text and offsets into the input. */
export type Paragraph = z.output<typeof ParagraphSchema>;

/** The article's body without page litter. */
export const BodySchema = z.object({
  text: z.string(),
  paragraphs: z.array(ParagraphSchema),
});
/** The body: its text (paragraphs joined by blank lines) and each paragraph with offsets. */
export type Body = z.output<typeof BodySchema>;

/** How a quote is given: `direct` (in quotation marks), `indirect` (reported), `mixed`, `block`. */
export const QuoteKindSchema = z.enum(['direct', 'indirect', 'mixed', 'block']);
/** How a quote is given: `direct`, `indirect`, `mixed` or `block`. */
export type QuoteKind = z.output<typeof QuoteKindSchema>;

/** Who said a quote. */
export const SpeakerSchema = z.object({
  name: z.string(),
  title: z.string().nullable(),
  entityId: z.string().nullable(),
});
/** Who said a quote: the name, a title where the text gives one, and the entity it resolves to. */
export type Speaker = z.output<typeof SpeakerSchema>;

/** One quote with its offsets, kind, cue and speaker. */
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
/** One quote: its text and offsets, kind, cue verb, speaker and the attribution as written. */
export type Quote = z.output<typeof QuoteSchema>;

/** The kinds of entity broadsheet finds. */
export const EntityTypeSchema = z.enum(['person', 'organization', 'place', 'date', 'money', 'percent', 'other']);
/** A kind of entity: `person`, `organization`, `place`, `date`, `money`, `percent` or `other`. */
export type EntityType = z.output<typeof EntityTypeSchema>;

/** One mention of an entity: its text and offsets. */
export const MentionSchema = SpanSchema;
/** One mention of an entity: its text and offsets into the input. */
export type Mention = z.output<typeof MentionSchema>;

/** One entity, once under its fullest name, with every mention. */
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
/** One entity: id, name, type, title, date value, every mention and its salience (0 to 1). */
export type Entity = z.output<typeof EntitySchema>;

/** A link to another article that the page lists. */
export const RelatedLinkSchema = z.object({
  title: z.string(),
  url: z.string().nullable(),
  label: z.string(),
  start: OffsetSchema,
  end: OffsetSchema,
});
/** A link to another article: its title, URL (where known), the label it came under, and offsets. */
export type RelatedLink = z.output<typeof RelatedLinkSchema>;

/** The networks a share target can be for. */
export const ShareNetworkSchema = z.enum(['x', 'facebook', 'linkedin', 'reddit', 'whatsapp', 'telegram', 'email']);
/** A network a share target is for. */
export type ShareNetwork = z.output<typeof ShareNetworkSchema>;

/** What the page offers for sharing. */
export const ShareSchema = z.object({
  title: z.string().nullable(),
  description: z.string().nullable(),
  url: z.string().nullable(),
  image: z.string().nullable(),
  hashtags: z.array(z.string()),
  targets: z.array(z.object({ network: ShareNetworkSchema, url: z.string() })),
  widget: z.object({ present: z.boolean(), labels: z.array(z.string()) }),
});
/** Share data: title, description, URL, image, hashtags, share targets, and whether a share widget was present. */
export type Share = z.output<typeof ShareSchema>;

/** The kinds of page litter. */
export const BoilerplateKindSchema = z.enum([
  'related',
  'share',
  'recommendations',
  'ad',
  'credit',
  'newsletter',
  'embed',
  'footer',
  'navigation',
  'byline',
  'note',
  'consent',
  'teaser',
  'other',
]);
/**
 * A kind of page litter: `related`, `share`, `recommendations`, `ad`, `credit`, `newsletter`, `embed`, `footer`,
 * `navigation`, `byline` (a date, byline and comment-count line), `note` (an editor's note), `consent` (a cookie
 * or consent notice), `teaser` (another story's headline run into its summary) or `other`.
 */
export type BoilerplateKind = z.output<typeof BoilerplateKindSchema>;

/** One piece of page litter, classified, with offsets. */
export const BoilerplateSchema = z.object({
  kind: BoilerplateKindSchema,
  text: z.string(),
  start: OffsetSchema,
  end: OffsetSchema,
});
/** One piece of page litter: its kind, text and offsets. */
export type Boilerplate = z.output<typeof BoilerplateSchema>;

/** Facts about the input and its body. */
export const MetaSchema = z.object({
  format: FormatSchema,
  wordCount: z.number().int().nonnegative(),
  readingTimeMinutes: z.number().int().nonnegative(),
  /** ISO 639-1 code (`en`), stated by the input or detected. */
  language: z.string().nullable(),
});
/** The input's format, the body's word count and reading time, and its language. */
export type Meta = z.output<typeof MetaSchema>;

/** How much a diagnostic matters. */
export const SeveritySchema = z.enum(['info', 'warning', 'error']);
/** How much a diagnostic matters: `info`, `warning` or `error`. */
export type Severity = z.output<typeof SeveritySchema>;

/** A problem an extractor or the input adapter found. */
export const DiagnosticSchema = z.object({
  extractor: z.string(),
  code: z.string(),
  message: z.string(),
  severity: SeveritySchema,
  start: OffsetSchema.optional(),
  end: OffsetSchema.optional(),
});
/** A problem found while parsing: which extractor, a stable code, a message, a severity, and offsets where it has them. */
export type Diagnostic = z.output<typeof DiagnosticSchema>;

/** The schema of an {@link Article}: every field the default pipeline fills. */
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
