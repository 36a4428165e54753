// A long text does not lose a match to its length alone: a short report of a claim joins the
// rumour whose only text is a long forwarded message stating that claim among much else, in the
// same language and in another (issue 11, "clustering scores long rumours fairly").
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { submitAndCluster } from '../testing/fixtures';

const t = setupTestDatabase();
const rumourOf = async (id: string) => (await t.db.report.findUniqueOrThrow({ where: { id }, select: { rumorId: true } })).rumorId;

const LONG =
  'Переслано из WhatsApp. Внимание всем родителям!!! С понедельника в Актау закроют все школы на карантин. ' +
  'Соседка сказала, что приказ уже подписан и учителям сообщили вчера вечером на собрании. ' +
  'Готовьтесь заранее, думайте, с кем оставить детей, и обязательно передайте это сообщение всем знакомым, пусть знают!!!';

describe('a long forwarded text', () => {
  it('takes a short report of its claim, in Russian and in Kazakh', async () => {
    const long = await submitAndCluster(t.db, LONG, 'KZ-47');
    const short = await submitAndCluster(t.db, 'В Актау закроют школы на карантин', 'KZ-47');
    expect(await rumourOf(short)).toBe(await rumourOf(long));
    const kazakh = await submitAndCluster(t.db, 'Ақтауда мектептер карантинге жабылады', 'KZ-47');
    expect(await rumourOf(kazakh)).toBe(await rumourOf(long));
  });
});
