/**
 * Credit and caption labels: a line opening with one of these (and a colon, `by`, `via` or
 * `of` where the word alone could start a sentence) credits an image. Lower case.
 */
export const CREDIT_LABELS: readonly string[] = [
  'featured image',
  'featured image via',
  'featured photo',
  'image',
  'image credit',
  'image credits',
  'image source',
  'image caption',
  'image via',
  'photo',
  'photo credit',
  'photos',
  'photograph',
  'photography',
  'picture',
  'pictured',
  'credit',
  'credits',
  'caption',
  'courtesy',
  'courtesy of',
  'source image',
  'header image',
  'top image',
  'lead image',
  'foto',
  'fotos',
  'imagen',
  'crédito',
  'crédit',
  'crédit photo',
  'crédits photo',
  'bild',
  'bildquelle',
  'quelle',
];

/** Words that, after a credit label, mark the line a credit even without a colon. */
export const CREDIT_LINKS: readonly string[] = ['by', 'via', 'of', 'from', 'courtesy', 'de', 'par', 'von'];

/** Labels that are a credit with nothing but a name after them, with no colon needed. */
export const CREDIT_STANDALONE: readonly string[] = ['image caption', 'image copyright', 'copyright image', 'media caption'];

/** Picture agencies a caption ends with (`… (Getty Images)`, `… Photo: Reuters`). Lower case. */
export const PICTURE_AGENCIES: readonly string[] = [
  'getty images',
  'getty',
  'reuters',
  'ap photo',
  'associated press',
  'afp',
  'afp via getty images',
  'epa',
  'epa-efe',
  'pa',
  'pa images',
  'pa wire',
  'shutterstock',
  'alamy',
  'istock',
  'istockphoto',
  'unsplash',
  'wikimedia commons',
  'handout',
  'file photo',
];

/** Wire-copy staff credits, followed by `by` (`Reporting by …`, `Editing by …`). Lower case. */
export const STAFF_CREDITS: readonly string[] = [
  'reporting',
  'additional reporting',
  'writing',
  'editing',
  'compiled',
  'translated',
  'translation',
  'graphics',
  'illustration',
  'information de',
  'con información de',
  'mit material von',
];
