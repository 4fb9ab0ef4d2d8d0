/**
 * The words of bylines in the languages the HTML adapter meets, as data: the labels that open a
 * credit (`By`, `Von`, `Veröffentlicht von`, `作者`), words that are only a label and never a name
 * (`Eingestellt`), and honorifics that stand before a name. Add a language by adding its words.
 */

/** Labels that open a credit, longest first when they share a start; matched case-insensitively. */
export const CREDIT_LABELS = [
  // English
  'written by', 'posted by', 'reported by', 'story by', 'text by', 'words by', 'article by', 'photos by', 'photo by',
  'reporting by', 'analysis by', 'opinion by', 'commentary by', 'review by', 'interview by', 'video by', 'edited by',
  'published by', 'by', 'author', 'authors', 'text', 'words',
  // An author box's heading: `About Jane Doe`.
  'about',
  // German
  'veröffentlicht von', 'eingestellt von', 'geschrieben von', 'verfasst von', 'gepostet von', 'erstellt von', 'ein beitrag von',
  'ein artikel von', 'ein kommentar von', 'von', 'autor', 'autorin', 'autoren', 'text', 'über',
  // French, Spanish, Portuguese, Italian
  'publié par', 'écrit par', 'rédigé par', 'posté par', 'par', 'auteur', 'auteure',
  'publicado por', 'escrito por', 'redactado por', 'por', 'autora', 'texto',
  'pubblicato da', 'scritto da', 'di', 'autore', 'testo',
  // Dutch, Scandinavian, Polish
  'geplaatst door', 'geschreven door', 'door', 'publicerad av', 'skrevet af', 'skrevet av', 'skriven av', 'av', 'af',
  'opublikowano przez', 'napisane przez', 'przez', 'tekst',
  // Chinese, Japanese
  '责任编辑', '責任編輯', '作者', '记者', '記者', '撰文', '文', '执笔', '執筆',
];

/** Words that sit where a name goes but only label it: a credit made of these alone names nobody. */
export const LABEL_ONLY_WORDS = [
  'eingestellt', 'veröffentlicht', 'gepostet', 'geschrieben', 'verfasst', 'erstellt', 'posted', 'published', 'written',
  'publié', 'publiée', 'publicado', 'publicada', 'pubblicato', 'geplaatst', 'publicerad', 'opublikowano', 'by', 'von', 'par',
  // Date labels that share a byline's box: `Zuletzt geändert am:`, `Stand:`, `Updated`.
  'zuletzt', 'aktualisiert', 'geändert', 'stand', 'datum', 'updated', 'modified', 'actualizado', 'aggiornato', 'bijgewerkt',
];

/** Honorifics and degrees before a name: `Prof. Dr. Jane Doe` is credited as `Jane Doe`. */
export const HONORIFICS = ['prof', 'dr', 'dres', 'mag', 'dipl.-ing', 'dipl', 'ing', 'priv.-doz', 'mr', 'mrs', 'ms', 'mme', 'm', 'sr', 'sra', 'dott', 'dott.ssa'];
