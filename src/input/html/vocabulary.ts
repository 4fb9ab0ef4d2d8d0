/**
 * Tag and class vocabularies of the HTML adapter: which elements hold content, which
 * are page furniture, and what class and id names say about a container.
 */

/** Deeper nesting than this is flattened; real pages stay far below it. */
export const MAX_DEPTH = 512;

export const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

const P_CLOSERS = [
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'ul',
];

interface ImpliedEnd {
  /** Open elements this start tag closes. */
  closes: Set<string>;
  /** Ancestors past which the search stops. */
  boundary: Set<string>;
}

const rule = (closes: string[], boundary: string[]): ImpliedEnd => ({ closes: new Set(closes), boundary: new Set(boundary) });

/** Start tags that close an open element, as the HTML parsing algorithm does for the common cases. */
export const IMPLIED_END = new Map<string, ImpliedEnd>([
  ...P_CLOSERS.map((name) => [name, rule(['p'], ['div', 'td', 'th', 'li', 'blockquote', 'section', 'article', 'button'])] as const),
  ['li', rule(['li', 'p'], ['ul', 'ol', 'menu'])],
  ['dt', rule(['dt', 'dd', 'p'], ['dl'])],
  ['dd', rule(['dt', 'dd', 'p'], ['dl'])],
  ['tr', rule(['tr', 'td', 'th'], ['table', 'tbody', 'thead', 'tfoot'])],
  ['td', rule(['td', 'th'], ['tr', 'table'])],
  ['th', rule(['td', 'th'], ['tr', 'table'])],
  ['tbody', rule(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], ['table'])],
  ['thead', rule(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], ['table'])],
  ['tfoot', rule(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], ['table'])],
  ['option', rule(['option'], ['select', 'datalist'])],
]);

/** Elements whose content is never article text. */
export const NEVER_CONTENT = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video',
  'audio', 'select', 'option', 'textarea', 'input', 'button', 'dialog', 'map', 'noembed', 'noframes', 'xmp',
  'link', 'meta', 'title', 'base',
]);

/** Elements that start a block of their own in the converted tree. */
export const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'caption', 'listing', 'plaintext',
]);

/** Page furniture by tag. */
export const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside', 'header']);

/** Class or id words of containers that are not the article (navigation, rails, comments, ads, widgets). */
export const NEGATIVE_HINT =
  /(?:^|[\s_-])(?:comment|comments|disqus|respond|reply|footer|foot|masthead|menu|nav|navbar|breadcrumbs?|sidebar|side-bar|rail|widget|sponsor|sponsored|promo|promotion|advert|advertisement|ads?|ad-slot|banner|popup|modal|cookie|consent|gdpr|newsletter|subscribe|subscription|signup|paywall|related|recommend|recommended|recirc|more-stories|trending|popular|most-read|outbrain|taboola|share|sharing|social|social-media|tags?|tag-list|pagination|pager|skip|hidden|login|toolbar|author-bio|byline|dateline|timestamp|caption-credit)(?=$|[\s_-])|comment(?!ar|at)|sidebar|footer|breadcrumb|pagination|newsletter|sponsor|advert|related|outbrain|taboola|disqus/i;

/** Class or id words of the article's own container. */
export const POSITIVE_HINT =
  /(?:^|[\s_-])(?:article|articlebody|article-body|article-content|articletext|story|story-body|storybody|story-content|body-text|post|post-body|post-content|entry|entry-content|content|main|main-content|text|blog|page-content|prose|rich-text|richtext)(?=$|[\s_-])/i;

/** Class or id of a share bar. */
export const SHARE_HINT = /(?:^|[\s_-])(?:share|shares|sharing|sharebar|share-bar|social|social-share|socialshare|share-buttons|share-tools|addthis|sharethis)(?=$|[\s_-])/i;

/** Class or id of a related-articles rail. */
export const RELATED_HINT =
  /(?:^|[\s_-])(?:related|related-articles|related-stories|related-posts|relatedlinks|more-stories|more-from|recommended|recommendations|recirc|read-more|readmore|also-read|you-may-like|outbrain|taboola|trending|most-read|most-popular|popular)(?=$|[\s_-])|related|recommend/i;

/**
 * Class or id of a comments section. `comment` counts inside run-together names too (`postcomments`,
 * `commentList`, `CommentArea`), as Readability reads it, but not in `commentary` or `commentator`.
 */
export const COMMENTS_HINT = /comment(?!ar|at)|(?:^|[\s_-])(?:disqus|respond|discussion)(?=$|[\s_-])/i;

/** Class, id, rel or itemprop of a byline or its parts, in the languages class names are written in. */
export const BYLINE_HINT =
  /byline|(?:^|[\s_-])(?:by-line|author|authors|author-name|authorname|writer|contributor|creator|autor|autorin|autoren|verfasser|auteur|auteurs|autore|autori|autores)(?=$|[\s_-])/i;

/**
 * Class or id of an element that may hold an author's name, for the byline reader: wider than {@link BYLINE_HINT},
 * as the ranker weighs each credit it yields. `author` counts inside run-together names too
 * (`articleAuthor`, `postauthor`) but not in `authority` or `authorize`; `autor` only as a word or before a part's name
 * (`autorName`), as it also opens `autoreviews`; Chinese pages name the
 * author and editor slots in pinyin (`zuozhe`, `bianji`).
 */
export const CREDIT_HINT =
  /byline|author(?!i[tz])|autor(?:in|en|e|i|es)?(?![a-z])|autor(?=name|box|info|zeile)|verfasser|writer|contributor|creator|auteur|zuozhe|bianji|submitted-by|posted-?by|screen-?name/i;

/**
 * A link to a writer's page, by the path word CMSs put before the writer's slug (`/author/jane-doe`,
 * `/autoren/jane-doe`, `?author=12`), in the languages the adapter meets.
 */
export const AUTHOR_HREF =
  /\/(?:author|authors|autor|autoren|autorin|auteur|auteurs|autore|autori|autores|journalist|journalisten|journalists|redakteur|redakteure|writer|writers|columnist|columnists|reporter|reporters|contributor|contributors|byline|staff|people|profile|profil|perfil|mitarbeiter)\/[^/?#\s]+\/?(?:[?#]|$)|[?&]author=\w/i;

/** Share networks by the host of a share link. */
export const SHARE_HOSTS =
  /(?:^|\.)(?:facebook\.com|twitter\.com|x\.com|linkedin\.com|reddit\.com|pinterest\.com|whatsapp\.com|wa\.me|t\.me|telegram\.me|tumblr\.com|vk\.com|xing\.com|getpocket\.com|flipboard\.com|plus\.google\.com)$/i;

/** Class or id of captions, credits and media galleries, whose text is not the article's. */
export const MEDIA_HINT =
  /caption|credit|(?:^|[\s_-])(?:gallery|slideshow|carousel|lightbox|photo|photos|image|images|img|video|videos|player|figure|embed|inline-media)(?=$|[\s_-])/i;

/** A labelled pointer to another page standing as a paragraph: `READ MORE: …`, `SEE ALSO: …`. */
export const POINTER_LABEL = /^(?:read|see|watch|listen|click|more|related|also|recommended|don't miss|must read|trending|pictured)\b[^:]{0,24}:/i;

/** Class or id of the line of facts under a headline (byline, date, reading time). */
export const META_HINT = /(?:^|[\s_-])(?:meta|metadata|article-meta|post-meta|entry-meta|story-meta|article-info|post-info|entry-info|details-bar)(?=$|[\s_-])/i;

/** Class or id of a kicker above or inside a headline (`Dachzeile`, roofline), which is not the headline's text. */
export const KICKER_HINT = /(?:^|[\s_-])(?:kicker|roofline|overline|dachzeile|topline|eyebrow|supertitle|super-title|pretitle|pre-title|spitzmarke)(?=$|[\s_-])/i;

/** Class of text only screen readers announce (`<span class="sr-only">Headline:</span>`). */
export const SCREEN_READER_HINT = /(?:^|[\s_-])(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|screen-reader-only|element-invisible|offscreen)(?=$|[\s_-])/i;
