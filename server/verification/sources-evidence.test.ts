import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createRumor, createStaff } from '../testing/fixtures';
import { addEvidence } from './add-evidence';
import { createSource } from './create-source';
import { listSources } from './list-sources';
import { addEvidenceInput, type CreateSourceInput } from './schema';
import { createInvestigatingRumor, createSourceRow } from '../testing/verification';
import { setSourceActive, updateSource } from './update-source';

const t = setupTestDatabase();
let moderator: Actor;
let turkistanModerator: Actor;
let admin: Actor;

beforeAll(async () => {
  moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  turkistanModerator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-61']));
  admin = asActor(await createStaff(t.db, 'ADMIN', []));
});

const policeFields = { name: 'ДП Мангистауской области', type: 'POLICE', regionCodes: ['KZ-47'], contact: '+7 7292 00 00 00', reliability: 5, reliabilityNote: 'Официальные заявления' } as const;
/** What the form sends: its fields and a key of its own (each `police` is a new submit). */
const submitted = (fields: Omit<CreateSourceInput, 'clientId'>): CreateSourceInput => ({ ...fields, clientId: crypto.randomUUID() });
let police: CreateSourceInput;
beforeEach(() => {
  police = submitted({ ...policeFields, regionCodes: [...policeFields.regionCodes] });
});

describe('source registry', () => {
  it('lets a moderator register a source of their region, audited without the contact', async () => {
    const source = await createSource(t.db, moderator, police);
    expect(source).toMatchObject({ name: police.name, type: 'POLICE', regionCodes: ['KZ-47'], contact: police.contact, reliability: 5, active: true });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: source.id, action: 'source.created' } });
    expect(event.actorId).toBe(moderator.id);
    expect(JSON.stringify(event.after)).not.toContain('7292');
  });

  it('keeps moderators to sources of their regions; admins manage all, including nationwide ones', async () => {
    await expect(createSource(t.db, turkistanModerator, police)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createSource(t.db, moderator, { ...police, regionCodes: [] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createSource(t.db, moderator, { ...police, regionCodes: ['KZ-47', 'KZ-61'] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const national = await createSource(t.db, admin, { ...police, name: 'МВД РК', regionCodes: [] });
    expect(national.regionCodes).toEqual([]);
  });

  it('says which language each source is written in, for the registry to mark one in another language than the page', async () => {
    const kk = await createSource(t.db, moderator, submitted({ name: 'Маңғыстау облысы әкімдігінің баспасөз қызметі', type: 'AKIMAT', regionCodes: ['KZ-47'], reliability: 4, reliabilityNote: 'Ресми шешімдерді растайды' }));
    const en = await createSource(t.db, moderator, submitted({ name: 'Aktau seaport press office', type: 'OTHER', regionCodes: ['KZ-47'], reliability: 3, reliabilityNote: 'Confirms ferry schedules' }));
    const ru = await createSource(t.db, moderator, submitted({ ...policeFields, regionCodes: ['KZ-47'], name: 'Пресс-служба ДП Мангистауской области' }));
    const listed = new Map((await listSources(t.db, moderator)).map((s) => [s.id, s.language]));
    expect([listed.get(kk.id), listed.get(ru.id), listed.get(en.id)]).toEqual(['kk', 'ru', 'en']);
  });

  it('makes one source of a save tapped twice or sent again after a lost answer, audited once', async () => {
    const port = submitted({ name: 'Пресс-служба порта Актау', type: 'OTHER', regionCodes: ['KZ-47'], reliability: 3 });
    const [first, second] = await Promise.all([createSource(t.db, moderator, port), createSource(t.db, moderator, port)]);
    const again = await createSource(t.db, moderator, port);
    expect(second.id).toBe(first.id);
    expect(again.id).toBe(first.id);
    expect((await listSources(t.db, moderator)).filter((s) => s.name === port.name)).toHaveLength(1);
    expect(await t.db.auditEvent.count({ where: { entityId: first.id, action: 'source.created' } })).toBe(1);
    // The same words typed into the form opened again are a new source (its own key): that is the moderator's choice.
    const typedAgain = await createSource(t.db, moderator, { ...port, clientId: crypto.randomUUID() });
    expect(typedAgain.id).not.toBe(first.id);
  });

  it('validates reliability 1–5 and the name', async () => {
    await expect(createSource(t.db, admin, { ...police, reliability: 6 })).rejects.toThrow(/reliabilityInvalid/);
    await expect(createSource(t.db, admin, { ...police, name: ' ' })).rejects.toThrow(/nameRequired/);
  });

  it('updates and deactivates, audited; another region cannot touch it and nothing is recorded', async () => {
    const source = await createSource(t.db, moderator, police);
    const updated = await updateSource(t.db, moderator, { id: source.id, ...police, reliability: 4, reliabilityNote: 'Бывают задержки' });
    expect(updated).toMatchObject({ reliability: 4, reliabilityNote: 'Бывают задержки' });
    const before = await t.db.auditEvent.count({ where: { entityId: source.id } });
    await expect(updateSource(t.db, turkistanModerator, { id: source.id, ...police, regionCodes: ['KZ-61'] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateSource(t.db, moderator, { id: source.id, ...police, regionCodes: ['KZ-61'] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.db.auditEvent.count({ where: { entityId: source.id } })).toBe(before);
    await setSourceActive(t.db, moderator, { id: source.id, active: false });
    expect(await t.db.auditEvent.count({ where: { entityId: source.id, action: 'source.deactivated' } })).toBe(1);
    expect((await listSources(t.db, moderator)).some((s) => s.id === source.id)).toBe(false);
    expect((await listSources(t.db, moderator, { includeInactive: true })).find((s) => s.id === source.id)).toMatchObject({ active: false, canEdit: true });
  });

  it('lists a moderator the sources of their regions and nationwide ones only', async () => {
    const turkistan = await createSourceRow(t.db, ['KZ-61'], 'Акимат Туркестанской области');
    const national = await createSourceRow(t.db, [], 'Генеральная прокуратура');
    const ids = (await listSources(t.db, moderator)).map((s) => s.id);
    expect(ids).toContain(national.id);
    expect(ids).not.toContain(turkistan.id);
    expect((await listSources(t.db, moderator)).find((s) => s.id === national.id)?.canEdit).toBe(false);
  });
});

describe('evidence', () => {
  it('records evidence from a registered source, audited', async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    const source = await createSourceRow(t.db, ['KZ-47']);
    const evidence = await addEvidence(t.db, moderator, {
      rumorId: rumor.id,
      sourceId: source.id,
      excerpt: 'Аким: порт работает, слухи о закрытии не соответствуют действительности.',
      url: 'https://mangystau.gov.kz/news/1',
      stance: 'REFUTES',
      obtainedAt: new Date(),
      isPublic: true,
    });
    expect(evidence).toMatchObject({ sourceId: source.id, stance: 'REFUTES', isPublic: true });
    expect(await t.db.auditEvent.count({ where: { entityId: evidence.id, action: 'evidence.added', actorId: moderator.id } })).toBe(1);
  });

  it('accepts an ad hoc source, internal by default', async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    const evidence = await addEvidence(t.db, moderator, { rumorId: rumor.id, adHocSourceName: 'Местный житель', excerpt: 'Видел очередь у порта.', stance: 'CONTEXT', obtainedAt: new Date() });
    expect(evidence).toMatchObject({ adHocSourceName: 'Местный житель', sourceId: null, isPublic: false });
  });

  it('accepts only http and https links and needs exactly one source', () => {
    const base = { rumorId: '0193a5c2-0000-7000-8000-000000000000', adHocSourceName: 'X', excerpt: 'Текст цитаты', stance: 'SUPPORTS', obtainedAt: new Date() } as const;
    expect(addEvidenceInput.safeParse({ ...base, url: 'https://example.kz/a' }).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.kz/x', 'not a url']) {
      const result = addEvidenceInput.safeParse({ ...base, url });
      expect(result.success, url).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ['url'], message: 'urlInvalid' });
    }
    expect(addEvidenceInput.safeParse({ ...base, adHocSourceName: undefined }).error?.issues[0]?.message).toBe('sourceRequired');
  });

  it('refuses an inactive source and a rumour of another region, recording nothing', async () => {
    const rumor = await createRumor(t.db, 'Говорят, в Актау перекроют трассу', ['KZ-47']);
    const inactive = await t.db.source.create({ data: { name: 'Старый источник', type: 'OTHER', regionCodes: ['KZ-47'], active: false } });
    const input = { rumorId: rumor.id, sourceId: inactive.id, excerpt: 'Трасса открыта.', stance: 'REFUTES', obtainedAt: new Date() } as const;
    await expect(addEvidence(t.db, moderator, input)).rejects.toMatchObject({ message: 'sourceInvalid' });
    await expect(addEvidence(t.db, turkistanModerator, { ...input, sourceId: undefined, adHocSourceName: 'X' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.db.evidence.count({ where: { rumorId: rumor.id } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { action: 'evidence.added', after: { path: ['rumorId'], equals: rumor.id } } })).toBe(0);
  });
});
