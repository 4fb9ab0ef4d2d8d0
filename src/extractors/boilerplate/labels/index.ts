export { AD_LABELS } from './ad.js';
export { CONSENT_WORDS } from './consent.js';
export { CREDIT_LABELS, CREDIT_LINKS, CREDIT_STANDALONE, PICTURE_AGENCIES, STAFF_CREDITS } from './credit.js';
export { EMBED_HOSTS, EMBED_OPENERS, MONTHS } from './embed.js';
export { BIO_ROLES, FOOTER_LABELS, FOOTER_OPENERS, FOOTER_PREFIXES } from './footer.js';
export {
  CALL_TO_ACTION_OBJECTS,
  CALL_TO_ACTION_OPENERS,
  CALL_TO_ACTION_STRONG,
  FOLLOW_NETWORKS,
  SUBSCRIBE_OPENERS,
} from './newsletter.js';
export { RECOMMENDATION_HEADERS } from './recommendations.js';
export { RELATED_HEADERS, RELATED_LABELS, RELATED_MARKERS } from './related.js';
export { NETWORK_NAMES, NETWORK_ONLY, SHARE_HEADS, SHARE_LABELS, SHARE_URLS } from './share.js';
