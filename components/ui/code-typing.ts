// How a field for a code someone copies from a paper, an SMS or a poster is typed: capitals, no
// autocorrect, no spellcheck, nothing remembered by the browser (a tracking code is a reporter's key).
export const CODE_TYPING = {
  autoComplete: 'off',
  autoCapitalize: 'characters',
  autoCorrect: 'off',
  spellCheck: false,
} as const;
