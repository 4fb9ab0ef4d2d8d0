import type { Article } from '../model/article.js';

/** What a highlighted stretch of the source is; also its CSS class and `data-layer`. */
export type ExplainLayer = 'paragraph' | 'boilerplate' | 'related' | 'quote' | 'attribution' | 'cue' | 'mention';

/** One highlighted stretch of the source, with the fields hovering it shows. */
export interface ExplainItem {
  layer: ExplainLayer;
  start: number;
  end: number;
  /** A short name for the item: the litter kind, the speaker, the entity type. */
  label: string;
  /** Extra CSS classes (`boilerplate-share`, `mention-person`). */
  variant: string;
  /** A colour for the item, where its kind has one per value (quotes, one per speaker). */
  colour?: string;
  /** What hovering the item shows, in order. */
  fields: Record<string, string | number | null>;
}

/** An item whose offsets do not fit the source, so it cannot be highlighted. */
export interface MisplacedItem {
  layer: ExplainLayer;
  start: number;
  end: number;
  label: string;
}

/** Outer layers first, so that two items over the same stretch nest the same way every time. */
const LAYER_RANK: Record<ExplainLayer, number> = {
  paragraph: 0,
  boilerplate: 0,
  related: 1,
  quote: 2,
  attribution: 3,
  cue: 4,
  mention: 5,
};

/** The items of an article, ordered by start, longer first, outer layer first; and those that do not fit the source. */
export function collectItems(source: string, article: Article): { items: ExplainItem[]; misplaced: MisplacedItem[] } {
  const items: ExplainItem[] = [];
  const misplaced: MisplacedItem[] = [];
  const add = (item: ExplainItem) => {
    if (Number.isInteger(item.start) && Number.isInteger(item.end) && item.start >= 0 && item.start < item.end && item.end <= source.length) {
      items.push(item);
    } else if (!(item.start === item.end && item.start >= 0 && item.start <= source.length)) {
      misplaced.push({ layer: item.layer, start: item.start, end: item.end, label: item.label });
    }
  };

  article.body.paragraphs.forEach((paragraph, index) =>
    add({ layer: 'paragraph', start: paragraph.start, end: paragraph.end, label: `paragraph ${index + 1}`, variant: '', fields: { start: paragraph.start, end: paragraph.end } }),
  );
  for (const item of article.boilerplate) {
    add({
      layer: 'boilerplate',
      start: item.start,
      end: item.end,
      label: item.kind,
      variant: `boilerplate-${item.kind}`,
      fields: { kind: item.kind, text: item.text, start: item.start, end: item.end },
    });
  }
  for (const link of article.relatedLinks) {
    add({
      layer: 'related',
      start: link.start,
      end: link.end,
      label: link.label,
      variant: '',
      fields: { title: link.title, url: link.url, label: link.label, start: link.start, end: link.end },
    });
  }

  const colours = speakerColours(article);
  const speakerKey = speakerKeys(article);
  article.quotes.forEach((quote, index) => {
    const speaker = quote.speaker;
    const label = speaker?.name ?? 'no speaker';
    const colour = colours.get(speakerKey(quote.speaker)) ?? NO_SPEAKER_COLOUR;
    add({
      layer: 'quote',
      start: quote.start,
      end: quote.end,
      label,
      variant: `quote-${quote.kind}`,
      colour,
      fields: {
        quote: index + 1,
        kind: quote.kind,
        speaker: speaker?.name ?? null,
        'speaker title': speaker?.title ?? null,
        'speaker entity': speaker?.entityId ?? null,
        cue: quote.cue,
        group: quote.group,
        start: quote.start,
        end: quote.end,
      },
    });
    const attribution = quote.attribution;
    if (!attribution) return;
    add({
      layer: 'attribution',
      start: attribution.start,
      end: attribution.end,
      label,
      variant: '',
      colour,
      fields: { 'attribution of quote': index + 1, text: attribution.text, speaker: speaker?.name ?? null, start: attribution.start, end: attribution.end },
    });
    const cue = quote.cue === null ? null : findCue(source, attribution.start, attribution.end, quote.cue);
    if (cue !== null) {
      add({ layer: 'cue', start: cue, end: cue + quote.cue!.length, label: quote.cue!, variant: '', colour, fields: { 'cue of quote': index + 1, cue: quote.cue } });
    }
  });

  for (const entity of article.entities) {
    entity.mentions.forEach((mention, index) =>
      add({
        layer: 'mention',
        start: mention.start,
        end: mention.end,
        label: entity.type,
        variant: `mention-${entity.type}`,
        fields: {
          entity: entity.name,
          type: entity.type,
          id: entity.id,
          title: entity.title ?? null,
          value: entity.value ?? null,
          salience: Math.round(entity.salience * 1000) / 1000,
          mention: `${index + 1} of ${entity.mentions.length}`,
          text: mention.text,
          start: mention.start,
          end: mention.end,
        },
      }),
    );
  }

  items.sort((a, b) => a.start - b.start || b.end - a.end || LAYER_RANK[a.layer] - LAYER_RANK[b.layer]);
  return { items, misplaced };
}

/** Where the cue, as written, lies inside the attribution; null when it is not there. */
function findCue(source: string, start: number, end: number, cue: string): number | null {
  const within = source.slice(start, end);
  let at = within.indexOf(cue);
  if (at < 0) {
    const lower = within.toLowerCase();
    // Lower-casing can change a string's length; only then would offsets found in it be wrong.
    if (lower.length === within.length) at = lower.indexOf(cue.toLowerCase());
  }
  return at < 0 ? null : start + at;
}

const NO_SPEAKER_COLOUR = 'hsl(0 0% 85%)';

type SpeakerKey = (speaker: Article['quotes'][number]['speaker']) => string | null;

/**
 * Who a speaker is: the entity it was resolved to; else the entity one of whose mentions
 * reads as its name (a speaker left unresolved in one quote is often resolved in another);
 * else its name.
 */
function speakerKeys(article: Article): SpeakerKey {
  const byName = new Map<string, string>();
  for (const entity of article.entities) {
    if (entity.type !== 'person' && entity.type !== 'organization') continue;
    for (const name of [entity.name, ...entity.mentions.map((mention) => mention.text)]) {
      const key = name.toLowerCase();
      if (!byName.has(key)) byName.set(key, entity.id);
    }
  }
  return (speaker) => {
    if (!speaker) return null;
    const name = speaker.name.toLowerCase();
    return speaker.entityId ?? byName.get(name) ?? name;
  };
}

/** One colour per speaker, in order of first quote; hues a golden angle apart stay distinct for many speakers. */
export function speakerColours(article: Article): Map<string | null, string> {
  const speakerKey = speakerKeys(article);
  const colours = new Map<string | null, string>([[null, NO_SPEAKER_COLOUR]]);
  for (const quote of article.quotes) {
    const key = speakerKey(quote.speaker);
    if (colours.has(key)) continue;
    const hue = Math.round(((colours.size - 1) * 137.508 + 200) % 360);
    colours.set(key, `hsl(${hue} 85% 84%)`);
  }
  return colours;
}

/** The speakers and their colours, for the legend; the entity id shows when a name is resolved two ways. */
export function speakerLegend(article: Article): Array<{ name: string; entityId: string | null; colour: string }> {
  const colours = speakerColours(article);
  const speakerKey = speakerKeys(article);
  const seen = new Set<string | null>();
  const legend: Array<{ name: string; entityId: string | null; colour: string }> = [];
  for (const quote of article.quotes) {
    const key = speakerKey(quote.speaker);
    if (seen.has(key)) continue;
    seen.add(key);
    legend.push({ name: quote.speaker?.name ?? 'no speaker', entityId: quote.speaker?.entityId ?? null, colour: colours.get(key)! });
  }
  return legend;
}
