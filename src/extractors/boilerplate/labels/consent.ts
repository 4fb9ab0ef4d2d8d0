/**
 * Words a cookie or consent notice uses beside `cookie(s)`: the site, the reader's browsing, and
 * what the reader accepts or sets. Lower case; English and the languages whose notices also say
 * `cookies`. A recipe's cookies meet none of them twice.
 */
export const CONSENT_WORDS: readonly string[] = [
  // English
  'site',
  'website',
  'browsing',
  'browser',
  'consent',
  'accept',
  'agree',
  'policy',
  'settings',
  'preferences',
  'tracking',
  'experience',
  'privacy',
  'opt-out',
  'personalised',
  'personalized',
  // French, Spanish, Portuguese, Italian, German
  'navigation',
  'accepter',
  'acceptez',
  'politique',
  'sitio',
  'navegación',
  'aceptar',
  'aceptas',
  'política',
  'navegação',
  'aceitar',
  'sito',
  'navigazione',
  'accetta',
  'webseite',
  'akzeptieren',
  'datenschutz',
  'einstellungen',
];
