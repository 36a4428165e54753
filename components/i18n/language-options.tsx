'use client';

// The <option>s of a language picker, in Raspa's order. A language something is written in (a term,
// a report) is named in the reader's language; a language someone will read in (a member's, a
// webhook's) is named in itself, so that a reader finds their own.
import { LANGUAGE_NAMES, LANGUAGES } from '@/server/i18n/languages';
import { useLanguageName } from './use-language-name';

export function LanguageOptions({ named = 'forReader' }: { named?: 'forReader' | 'inItself' }) {
  const languageName = useLanguageName();
  return (
    <>
      {LANGUAGES.map((language) => (
        <option key={language} value={language}>
          {named === 'inItself' ? LANGUAGE_NAMES[language] : languageName(language)}
        </option>
      ))}
    </>
  );
}
