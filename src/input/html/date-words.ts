/**
 * Date words of the languages the HTML adapter reads dates in: month names and their usual
 * abbreviations, and the labels that say whether a printed date is the publication or an update.
 * Data, not rules: add a language by adding its words.
 */

/** Month names and abbreviations, lower case, by month number (1–12). */
export const MONTH_NAMES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'styczeń', 'stycznia', 'ocak', 'январь', 'января']],
  [2, ['february', 'feb', 'februar', 'feber', 'février', 'fevrier', 'févr', 'fév', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari', 'luty', 'lutego', 'şubat', 'февраль', 'февраля']],
  [3, ['march', 'mar', 'märz', 'maerz', 'mär', 'mrz', 'mars', 'marzo', 'março', 'marco', 'maart', 'marzec', 'marca', 'mart', 'март', 'марта']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwiecień', 'kwietnia', 'nisan', 'апрель', 'апреля']],
  [5, ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maj', 'maja', 'mayıs', 'май', 'мая']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwiec', 'czerwca', 'haziran', 'июнь', 'июня']],
  [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipiec', 'lipca', 'temmuz', 'июль', 'июля']],
  [8, ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'sierpień', 'sierpnia', 'ağustos', 'август', 'августа']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro', 'wrzesień', 'września', 'eylül', 'сентябрь', 'сентября']],
  [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'październik', 'października', 'ekim', 'октябрь', 'октября']],
  [11, ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopad', 'listopada', 'kasım', 'ноябрь', 'ноября']],
  [12, ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudzień', 'grudnia', 'aralık', 'декабрь', 'декабря']],
];

/** Words before a date that mark it as a later update rather than the publication. */
export const UPDATED_LABELS = [
  'updated', 'last updated', 'modified', 'last modified', 'edited', 'revised', 'aktualisiert', 'zuletzt aktualisiert', 'geändert',
  'stand', 'mis à jour', 'mise à jour', 'modifié', 'actualizado', 'actualización', 'aggiornato', 'atualizado', 'bijgewerkt',
  'gewijzigd', 'uppdaterad', 'opdateret', 'oppdatert', 'zaktualizowano', 'обновлено', '更新', '更新日', '修改',
];

/** Words before a date that mark it as the publication. */
export const PUBLISHED_LABELS = [
  'published', 'first published', 'posted', 'date', 'veröffentlicht', 'erstellt', 'erschienen', 'publiziert', 'datum', 'publié', 'publiée',
  'mis en ligne', 'publicado', 'publicada', 'fecha', 'pubblicato', 'pubblicata', 'data', 'gepubliceerd', 'geplaatst', 'publicerad', 'publiceret',
  'publisert', 'opublikowano', 'опубликовано', 'yayınlanma', '发布', '发表', '發佈', '發表', '公開', '게시',
];

/** Languages whose numeric dates put the month first (`3/11/2021` is March 11): US English and a few more. */
export const MONTH_FIRST_LOCALES = ['en-us', 'en-ph', 'en-ca', 'en', 'fil'];
