// "Already checked?" never shows a notice about another member of a contrast class, but what a
// notice is about is in its titles: its summary states the facts that refute the claim (the day it
// really happened, who said so), so a question naming the claim's own details still finds it. The
// summary counts only for what the claim is about, when the titles name that only broadly.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { searchPublishedNotices } from './search-notices';

const t = setupTestDatabase();

const slugs = async (q: string) => (await searchPublishedNotices(t.db, { q, language: 'ru', limit: 3 })).map((m) => m.slug);

describe('the contrast guard of "already checked?" reads a notice by its titles', () => {
  it('finds a debunk whose summary names the day things really happened, by the day people said', async () => {
    await createPublishedNotice(t.db, {
      slug: 'aktobe-service-centres-closed',
      verdict: 'MISLEADING',
      regionCodes: ['KZ-15'],
      titles: { kk: 'Ақтөбедегі ХҚКО-лардың бәрі емес, екеуі ғана бір күнге жабылды', ru: 'В Актобе закрывались не все ЦОНы, а два и на один день', en: 'Not all of Aktobe’s public service centres closed — two did, for one day' },
      summary: 'Во вторник был программный сбой: два ЦОНа закрылись на день, со среды все работают в обычном режиме.',
    });
    expect(await slugs('В Актобе все ЦОНы закрыты до пятницы из-за сбоя базы')).toEqual(['aktobe-service-centres-closed']);
  });

  it('still never shows a notice whose summary names another messenger when its titles name none', async () => {
    await createPublishedNotice(t.db, {
      slug: 'oskemen-vote-link-scam',
      verdict: 'TRUE',
      regionCodes: ['KZ-63'],
      titles: { kk: 'Өскеменде дауыс беру сілтемесі арқылы аккаунттар бұзылды', ru: 'В Усть-Каменогорске аккаунты взламывают через ссылку на голосование', en: 'Accounts in Oskemen are being hacked through a voting link' },
      summary: 'Ссылку на голосование рассылают в WhatsApp, полиция получила 40 заявлений.',
    });
    expect(await slugs('В Усть-Каменогорске по ватсапу ссылка на голосование, аккаунты взламывают')).toEqual(['oskemen-vote-link-scam']);
    expect(await slugs('В Усть-Каменогорске в телеграме ссылка на голосование, аккаунты взламывают')).toEqual([]);
  });
});

describe('what a notice is about, read from its titles', () => {
  it('finds a debunk whose Russian and English titles share an ordinary word the Kazakh one translates, by a question naming the cause', async () => {
    await createPublishedNotice(t.db, {
      slug: 'pavlodar-mosque-roof',
      verdict: 'FALSE',
      regionCodes: ['KZ-55'],
      titles: { kk: 'Павлодардағы орталық мешіттің шатыры құламаған', ru: 'Крыша центральной мечети в Павлодаре не обрушивалась', en: 'The roof of Pavlodar’s central mosque did not collapse' },
      summary: 'Снег с крыши убрали вовремя, пострадавших нет.',
    });
    // "центральной" / "central" is no name: Kazakh says "орталық".
    expect(await slugs('В Павлодаре крыша мечети рухнула под снегом, есть пострадавшие')).toEqual(['pavlodar-mosque-roof']);
  });

  it('does not offer a notice about something else that closes when the question names a messenger the notice never does', async () => {
    await createPublishedNotice(t.db, {
      slug: 'oskemen-tatar-centre-moving',
      verdict: 'MISLEADING',
      regionCodes: ['KZ-63'],
      titles: { kk: 'Өскемендегі татар-башқұрт орталығы жабылмайды, басқа ғимаратқа көшеді', ru: 'Татаро-башкирский центр в Усть-Каменогорске не закрывают, а переводят в другое здание', en: 'Oskemen’s Tatar-Bashkir centre is moving, not closing' },
      summary: 'Старое здание закрывается на ремонт; акимат выделил центру новое помещение, работа не прекращается.',
    });
    expect(await slugs('Татаро-башкирский центр в Усть-Каменогорске закрывают?')).toEqual(['oskemen-tatar-centre-moving']);
    expect(await slugs('Индрайвер закрывается в РК?')).toEqual([]);
  });
});

describe('a notice names a place only in the name every title mentions', () => {
  it('finds a debunk whose Kazakh title alone has a word read as a name, and still keeps another village out', async () => {
    await createPublishedNotice(t.db, {
      slug: 'karsakpay-steppe-fire',
      verdict: 'TRUE',
      regionCodes: [],
      titles: { kk: 'Қарсақпай ауылы маңындағы дала өрті кезінде тұрғындар шынымен көшірілді', ru: 'Жителей Карсакпая действительно эвакуировали из-за степного пожара', en: 'Karsakpay residents were indeed evacuated because of a steppe fire' },
      summary: 'ДЧС подтвердил, что огонь остановили в 2 километрах от посёлка, а 120 жителей временно вывезли.',
    });
    expect(await slugs('Степной пожар дошёл до посёлка Карсакпай в Улытауской области, жителей эвакуируют')).toEqual(['karsakpay-steppe-fire']);
    expect(await slugs('Степной пожар дошёл до посёлка Кенгир в Улытауской области, жителей эвакуируют')).toEqual([]);
  });
});
