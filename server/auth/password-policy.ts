// What a staff password must be: long enough (NIST SP 800-63B asks for length, not composition
// rules) and not a password already published in breaches, nor one made from it by the usual
// tricks ("Password2024!", "qwerty123456", l33t, reversed). The breach list is the common-password
// dictionary shipped in @zxcvbn-ts/language-common (~49,000 passwords from real breaches); the
// tricks are what @zxcvbn-ts/core searches for. Both are installed with the app: no network at run
// time. Loaded on the server only (the list stays out of the browser bundle), on first use.
import { DomainError } from '../errors';
/** zxcvbn's "safely unguessable" (≥ 10^8 guesses): below it, an online attacker with the list gets in. */
const MIN_SCORE = 3;

export type PasswordProblem = 'passwordBreached' | 'passwordTooGuessable';

type Checker = (password: string, userInputs: string[]) => { score: number; fromBreachList: boolean };
let checker: Promise<Checker> | undefined;

function loadChecker(): Promise<Checker> {
  checker ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(([core, common]) => {
    const zxcvbn = new core.ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
    return (password, userInputs) => {
      const result = zxcvbn.check(password, userInputs);
      const fromBreachList = result.sequence.some((match) => match.pattern === 'dictionary' && match.dictionaryName === 'passwords-common');
      return { score: result.score, fromBreachList };
    };
  });
  return checker;
}

/** Why the password is refused, or null. `context` (the member's e-mail and name) counts as known to an attacker. */
export async function passwordProblem(password: string, context: { email?: string | null; name?: string | null } = {}): Promise<PasswordProblem | null> {
  const check = await loadChecker();
  const userInputs = [context.email, context.email?.split('@')[0], ...(context.name?.split(/\s+/) ?? [])].filter((v): v is string => Boolean(v && v.length >= 3));
  const { score, fromBreachList } = check(password.slice(0, 100), userInputs);
  if (score >= MIN_SCORE) return null;
  return fromBreachList ? 'passwordBreached' : 'passwordTooGuessable';
}

/** For use cases: the password field's error as a refusal the form shows beside the field. */
export async function assertAcceptablePassword(password: string, context: { email?: string | null; name?: string | null } = {}): Promise<void> {
  const problem = await passwordProblem(password, context);
  if (problem) throw new DomainError('BAD_REQUEST', problem);
}
