import { readFileSync } from 'node:fs';
import { eld } from 'eld/extrasmall';
import { describe, expect, it } from 'vitest';
import { languageTableModule } from '../../../scripts/build-language-table.js';
import { detect } from './eld.js';

/** What eld itself answers: its language when it calls the detection reliable, else null. */
function eldAnswer(text: string): string | null {
  const result = eld.detect(text);
  return result.language && result.isReliable() ? result.language : null;
}

const SENTENCES = [
  'The council voted on Tuesday to reopen the harbour after the storm, the mayor said.',
  "Don't expect the bridge to open before spring, engineers warned.",
  'Le conseil municipal a voté mardi la réouverture du port après la tempête.',
  'Der Stadtrat stimmte am Dienstag für die Wiedereröffnung des Hafens nach dem Sturm.',
  'El ayuntamiento votó el martes la reapertura del puerto tras la tormenta.',
  'Il consiglio comunale ha votato martedì la riapertura del porto dopo la tempesta.',
  'A câmara municipal votou na terça-feira a reabertura do porto após a tempestade.',
  'De gemeenteraad stemde dinsdag voor de heropening van de haven na de storm.',
  'Rada miasta zagłosowała we wtorek za ponownym otwarciem portu po burzy.',
  'Městská rada v úterý odhlasovala znovuotevření přístavu po bouři.',
  'Городской совет во вторник проголосовал за открытие порта после шторма.',
  'Міська рада у вівторок проголосувала за відкриття порту після шторму.',
  'Το δημοτικό συμβούλιο ψήφισε την Τρίτη την επαναλειτουργία του λιμανιού.',
  'Kaupunginvaltuusto äänesti tiistaina sataman avaamisesta myrskyn jälkeen.',
  'Byrådet röstade på tisdagen för att öppna hamnen igen efter stormen.',
  'Belediye meclisi salı günü fırtınanın ardından limanın yeniden açılmasını oyladı.',
  'מועצת העיר הצביעה ביום שלישי על פתיחת הנמל מחדש לאחר הסערה.',
  'صوت مجلس المدينة يوم الثلاثاء على إعادة فتح الميناء بعد العاصفة.',
  'नगर परिषद ने मंगलवार को तूफान के बाद बंदरगाह को फिर से खोलने के लिए मतदान किया।',
  '市议会周二投票决定在暴风雨过后重新开放港口。',
  '市議会は火曜日、嵐の後に港を再開することを決議した。',
  '시의회는 화요일 폭풍 후 항구를 다시 여는 안을 가결했다.',
  'สภาเมืองลงมติเมื่อวันอังคารให้เปิดท่าเรืออีกครั้งหลังพายุ',
  'Hội đồng thành phố đã bỏ phiếu hôm thứ Ba để mở lại cảng sau cơn bão.',
  'Emoji 😀 and a lone surrogate \ud800 between words, 42 numbers, e-mail a@b.com and https://example.com/x.',
  '',
  '   ',
  'a',
  'ok',
];

/** Deterministic pseudo-random texts: words of letters from one or several scripts, with the separators eld splits on. */
function* soup(count: number): Generator<string> {
  const pools = [
    'abcdefghijklmnopqrstuvwxyz',
    'àáâäãåæçèéêëìíîïñòóôöõøœùúûüýÿßąćęłńśźżčďěňřšťůž',
    'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ',
    'αβγδεζηθικλμνξοπρστυφχψωάέήίόύώ',
    'אבגדהוזחטיכלמנסעפצקרשת',
    'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
    'अआइईउऊएऐओऔकखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह',
    '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年',
    'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞ',
    '가각간갇갈감갑값강개객거건걸검겁게겨격견결겸경계고곡곤골곰곱공',
    'กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ',
  ];
  const separators = [' ', ' ', ' ', ', ', '. ', "'", '’', ' - ', '\n', '  ', '1', '😀', '\ud83d'];
  let state = 20241206;
  const next = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  for (let t = 0; t < count; t++) {
    const scripts = [next(pools.length), next(pools.length)];
    const words = 1 + next(t % 5 === 0 ? 200 : 30);
    let text = '';
    for (let w = 0; w < words; w++) {
      const pool = pools[scripts[next(4) === 0 ? 1 : 0]!]!;
      const length = 1 + next(t % 7 === 0 ? 90 : 9);
      for (let c = 0; c < length; c++) text += pool[next(pool.length)]!;
      text += separators[next(separators.length)]!;
    }
    yield next(3) === 0 ? text.toUpperCase() : text;
  }
}

describe('detect (eld over typed arrays)', () => {
  it("answers as eld does on sentences in many languages and scripts, and on edge cases", () => {
    for (const text of SENTENCES) expect(detect(text), text).toBe(eldAnswer(text));
    expect(detect(SENTENCES[0]!)).toBe('en');
    expect(detect(SENTENCES[2]!)).toBe('fr');
    expect(detect(SENTENCES[10]!)).toBe('ru');
  });

  it('answers as eld does on 3,000 generated texts of one or two scripts, long and short', () => {
    let answered = 0;
    for (const text of soup(3000)) {
      const expected = eldAnswer(text);
      expect(detect(text), JSON.stringify(text.slice(0, 80))).toBe(expected);
      if (expected !== null) answered++;
    }
    // The comparison is worth something only if eld commits to a language on many of them.
    expect(answered).toBeGreaterThan(500);
  });

  it('reads a table generated from eld as the committed one', async () => {
    const committed = readFileSync(new URL('./eld-table.generated.ts', import.meta.url), 'utf8');
    expect(await languageTableModule()).toBe(committed);
  });
});
