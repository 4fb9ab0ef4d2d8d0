/** Picture links an embedded post leaves in scraped text; from one to the end of the line is litter. Lower case. */
export const EMBED_HOSTS: readonly string[] = ['pic.twitter.com/', 'pic.x.com/'];

/** Lines that attribute an embedded post (`A post shared by Name (@handle)`). Lower case. */
export const EMBED_OPENERS: readonly string[] = ['a post shared by', 'a photo posted by', 'a video posted by', 'view this post on instagram'];

/** Month names an embed attribution dates itself with (English, as embeds print them). */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
