import { adminProcedure, router } from '../trpc/init';
import { addConceptTerm } from './add-concept-term';
import { listLexicon } from './list-lexicon';
import { removeConceptTerm } from './remove-concept-term';
import { addConceptTermInput, removeConceptTermInput } from './schema';

export const lexiconRouter = router({
  list: adminProcedure.query(({ ctx }) => listLexicon(ctx.db, ctx.actor)),
  addTerm: adminProcedure.input(addConceptTermInput).mutation(({ ctx, input }) => addConceptTerm(ctx.db, ctx.actor, input)),
  removeTerm: adminProcedure.input(removeConceptTermInput).mutation(({ ctx, input }) => removeConceptTerm(ctx.db, ctx.actor, input)),
});
