'use client';

// The claim lexicon: concepts by contrast class, each with its words in kk/ru/en; add a word, stem
// or phrase with the shared zod schema, remove one with a click. The page sends only the concepts;
// a class's words (thousands in all) are asked for when the admin opens it, and asked again after
// each edit.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { CONTRAST_CLASSES, type ContrastClass } from '@/server/lexicon/contrast-classes';
import type { Language } from '@/server/i18n/languages';
import { addConceptTermInput } from '@/server/lexicon/schema';
import { useTRPC } from '../../trpc/client';
import { Field, SubmitButton } from '../../ui/form';
import { SaveStatusMessage } from '../../ui/save-status';
import { useZodForm } from '../../ui/zod-form';
import { Section } from '../../ui/section';
import { RemovableTerm } from './removable-term';
import styles from './settings.module.css';
import { LanguageOptions } from '../../i18n/language-options';

interface ConceptRow {
  id: string;
  contrastClass: string | null;
}

export function LexiconEditor({ concepts, locale }: { concepts: ConceptRow[]; locale: Language }) {
  const t = useTranslations('settings');
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  // The concepts (new or gone) come with the page; the open classes' words are asked for again.
  const reload = () => Promise.all([router.refresh(), queryClient.invalidateQueries({ queryKey: trpc.lexicon.classConcepts.queryKey() })]);
  const add = useMutation(trpc.lexicon.addTerm.mutationOptions());
  const remove = useMutation(trpc.lexicon.removeTerm.mutationOptions());
  const { register, reset, fieldError, onValid, pending, status, run } = useZodForm(addConceptTermInput, {
    namespace: 'settings',
    defaultValues: { conceptId: '', contrastClass: null, language: locale, term: '' },
  });

  const onSubmit = onValid(async (values) => {
    const created = await add.mutateAsync(values);
    reset({ conceptId: values.conceptId, contrastClass: values.contrastClass, language: values.language, term: '' });
    await reload();
    return t('lexicon.added', { concept: created.conceptId });
  });

  const onRemove = (id: string) =>
    run(async () => {
      await remove.mutateAsync({ id });
      await reload();
      return t('lexicon.removed');
    });

  const groups: (ContrastClass | null)[] = [...CONTRAST_CLASSES, null];

  return (
    <Section titleId="lexicon-title" title={t('lexicon.title')} intro={t('lexicon.intro')}>
      <form onSubmit={onSubmit} noValidate className={styles.inline}>
        <Field label={t('lexicon.concept')} hint={t('lexicon.conceptHint')} error={fieldError('conceptId')}>
          {(control) => (
            <>
              <input list="lexicon-concepts" autoComplete="off" autoCapitalize="none" spellCheck={false} {...control} {...register('conceptId')} />
              <datalist id="lexicon-concepts">
                {concepts.map((c) => (
                  <option key={c.id} value={c.id} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={t('lexicon.contrastClass')} error={fieldError('contrastClass')}>
          {(control) => (
            <select {...control} {...register('contrastClass', { setValueAs: (v: string) => (v ? v : null) })}>
              <option value="">{t('lexicon.none')}</option>
              {CONTRAST_CLASSES.map((c) => (
                <option key={c} value={c}>
                  {t(`lexicon.classes.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('lexicon.language')} error={fieldError('language')}>
          {(control) => (
            <select {...control} {...register('language')}>
              <LanguageOptions />
            </select>
          )}
        </Field>
        <Field label={t('lexicon.term')} error={fieldError('term')}>
          {(control) => <input autoComplete="off" {...control} {...register('term')} />}
        </Field>
        <div>
          <SubmitButton pending={pending}>{t('lexicon.add')}</SubmitButton>
        </div>
      </form>
      <SaveStatusMessage status={status} />
      {groups.map((group) => {
        const count = concepts.filter((c) => c.contrastClass === group).length;
        if (!count) return null;
        return (
          <LexiconGroup key={group ?? 'none'} title={group ? t(`lexicon.classes.${group}`) : t('lexicon.noClass')} count={t('lexicon.concepts', { count })}>
            <LexiconClassTerms contrastClass={group} removing={remove.isPending} onRemove={onRemove} />
          </LexiconGroup>
        );
      })}
    </Section>
  );
}

/**
 * One contrast class, folded: its concepts' terms are asked for and rendered only while it is open,
 * so the settings page stays quick to load and to refresh after each edit, on a phone too.
 */
function LexiconGroup({ title, count, children }: { title: string; count: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.language} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <strong>{title}</strong> <span className="muted">· {count}</span>
      </summary>
      {open ? children : null}
    </details>
  );
}

/** The concepts of one open class with their words, each removable. */
function LexiconClassTerms({ contrastClass, removing, onRemove }: { contrastClass: ContrastClass | null; removing: boolean; onRemove: (id: string) => void }) {
  const t = useTranslations('settings');
  const trpc = useTRPC();
  const listing = useQuery(trpc.lexicon.classConcepts.queryOptions({ contrastClass }));
  if (listing.isError) return <p className="alert alert--error">{t('lexicon.loadFailed')}</p>;
  if (!listing.data) return <p className="muted" role="status">{t('lexicon.loading')}</p>;
  return listing.data.concepts.map((concept) => (
    <div key={concept.id} className={styles.concept}>
      <h3>{concept.id}</h3>
      <ul className={styles.terms}>
        {concept.terms.map((term) => (
          <RemovableTerm key={term.id} language={term.language} removeLabel={t('lexicon.removeLabel', { term: term.term })} removeTitle={t('riskTerms.remove')} disabled={removing} onRemove={() => onRemove(term.id)}>
            <span className={styles.weight}>{term.language}</span> {term.term}
          </RemovableTerm>
        ))}
      </ul>
    </div>
  ));
}
