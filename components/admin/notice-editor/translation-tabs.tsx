'use client';

// The notice's texts, one tab per language: title, summary, body, "what to do" and the SMS text,
// with live counters read out with their fields. A tab is flagged while its texts are incomplete
// or wrong; the arrow keys move between tabs (WAI-ARIA tabs pattern).
import { useTranslations } from 'next-intl';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { NoticeStartingPoint } from '@/server/notices/notice-starting-point';
import { NOTICE_SUMMARY_MAX, NOTICE_TITLE_MAX, type NoticeDraftFormValues } from '@/server/notices/schema';
import { Field } from '../../ui/form';
import { useFieldErrorMessage } from '../../ui/form-errors';
import { CharacterCounter, SmsCounter } from './sms-counter';
import styles from './notice-editor.module.css';
import { LANGUAGES, type Language } from '@/server/i18n/languages';
import { useLanguageName } from '../../i18n/use-language-name';

type TextField = keyof NoticeDraftFormValues['translations'][Language];

const tabId = (language: Language) => `notice-tab-${language}`;
const panelId = (language: Language) => `notice-panel-${language}`;

export function TranslationTabs({
  tab,
  onTab,
  register,
  errors,
  translations,
  missing,
  startingPoint,
  onStartBody,
  startedBodies,
}: {
  tab: Language;
  onTab: (language: Language) => void;
  register: UseFormRegister<NoticeDraftFormValues>;
  errors: FieldErrors<NoticeDraftFormValues>['translations'];
  translations: NoticeDraftFormValues['translations'];
  /** Languages whose texts are not complete yet. */
  missing: readonly Language[];
  /** Suggested titles and the body's offered starting point (a first notice only). */
  startingPoint: NoticeStartingPoint | null;
  onStartBody: (language: Language) => void;
  /** Languages whose body was just filled from the starting point. */
  startedBodies: readonly Language[];
}) {
  const t = useTranslations('noticeEditor');
  const languageName = useLanguageName();
  const fieldMessage = useFieldErrorMessage('noticeEditor');

  return (
    <div className={styles.tabsArea}>
      <div role="tablist" aria-label={t('languageTabs')} className={styles.tabs}>
        {LANGUAGES.map((language) => (
          <button
            key={language}
            type="button"
            role="tab"
            id={tabId(language)}
            aria-selected={tab === language}
            aria-controls={panelId(language)}
            tabIndex={tab === language ? 0 : -1}
            className={styles.tab}
            onClick={() => onTab(language)}
            onKeyDown={(event) => {
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              const next = LANGUAGES[(LANGUAGES.indexOf(language) + step + LANGUAGES.length) % LANGUAGES.length]!;
              onTab(next);
              document.getElementById(tabId(next))?.focus();
            }}
          >
            {languageName(language)}
            {(missing.includes(language) || errors?.[language]) && <span className={styles.tabFlag}><span className={styles.tabFlagText}>· {t('tabIncomplete')}</span></span>}
          </button>
        ))}
      </div>
      {LANGUAGES.map((language) => {
        const text = translations[language];
        const error = (name: TextField) => fieldMessage(errors?.[language]?.[name]?.message);
        const field = (name: TextField) => register(`translations.${language}.${name}`);
        const suggested = startingPoint?.titles[language];
        const bodyStart = startingPoint?.body?.[language];
        return (
          <div key={language} role="tabpanel" id={panelId(language)} aria-labelledby={tabId(language)} hidden={tab !== language} className={styles.panel} lang={language}>
            <Field
              label={t('fields.title')}
              hint={
                <>
                  <CharacterCounter text={text?.title ?? ''} max={NOTICE_TITLE_MAX} />
                  {/* Marked while the prefilled title stands unchanged: the moderator has to own it. */}
                  {suggested && suggested.text === text?.title && (
                    <p className={styles.suggestion} data-testid="title-suggestion">
                      {t(`suggestion.${suggested.from}`)}
                    </p>
                  )}
                </>
              }
              error={error('title')}
            >
              {(control) => <input type="text" {...control} {...field('title')} />}
            </Field>
            {/* Summary and SMS are what people forward: fact first (server/notices/debunk-order.ts). */}
            <Field
              label={t('fields.summary')}
              hint={
                <>
                  <p style={{ margin: 0 }}>{t('fields.summaryHint')}</p>
                  <CharacterCounter text={text?.summary ?? ''} max={NOTICE_SUMMARY_MAX} />
                </>
              }
              error={error('summary')}
            >
              {(control) => <textarea rows={3} {...control} {...field('summary')} />}
            </Field>
            <Field
              label={t('fields.body')}
              hint={
                startedBodies.includes(language) ? (
                  <p className={styles.suggestion} data-testid="body-suggestion">
                    {t('start.inserted')}
                  </p>
                ) : undefined
              }
              error={error('body')}
            >
              {(control) => <textarea rows={8} {...control} {...field('body')} />}
            </Field>
            {bodyStart && !text?.body?.trim() && (
              <div className={styles.startOffer}>
                <button type="button" className="button button--secondary" onClick={() => onStartBody(language)}>
                  {t('start.offer')}
                </button>
                <p className="muted">{t('start.offerHint', { used: startingPoint!.evidenceUsed, hidden: startingPoint!.evidenceHidden })}</p>
              </div>
            )}
            <Field label={t('fields.whatToDo')} error={error('whatToDo')}>
              {(control) => <textarea rows={2} {...control} {...field('whatToDo')} />}
            </Field>
            <Field
              label={t('fields.smsText')}
              hint={
                <>
                  <p style={{ margin: 0 }}>{t('fields.smsTextHint')}</p>
                  <SmsCounter text={(text?.smsText ?? '').trim()} />
                </>
              }
              error={error('smsText')}
            >
              {(control) => <textarea rows={2} {...control} {...field('smsText')} />}
            </Field>
          </div>
        );
      })}
    </div>
  );
}
