// The debunking order ("truth sandwich"): wherever a notice is retold — share texts and card,
// the report confirmation, e-mail, push, Telegram — the verified fact comes first, the claim
// appears once and flagged with its verdict, and the fact's source closes it. A claim found true
// IS the fact, and an interim notice has no verdict yet: those lead with the claim as before.
// (Plain code with no server imports: the report form's client chunk uses it too.)

/** Whether the claim is a myth to sandwich between facts: false, misleading or unverified. */
export function leadsWithFact(verdict: string): boolean {
  return verdict === 'FALSE' || verdict === 'MISLEADING' || verdict === 'UNVERIFIED';
}
