import { adminProcedure, router } from '../trpc/init';
import { addConceptTerm } from './add-concept-term';
import { listLexicon } from './list-lexicon';
import { listLexiconClass } from './list-lexicon-class';
import { removeConceptTerm } from './remove-concept-term';
import { addConceptTermInput, lexiconClassInput, removeConceptTermInput } from './schema';

export const lexiconRouter = router({
  list: adminProcedure.query(({ ctx }) => listLexicon(ctx.db, ctx.actor)),
  classConcepts: adminProcedure.input(lexiconClassInput).query(({ ctx, input }) => listLexiconClass(ctx.db, ctx.actor, input)),
  addTerm: adminProcedure.input(addConceptTermInput).mutation(({ ctx, input }) => addConceptTerm(ctx.db, ctx.actor, input)),
  removeTerm: adminProcedure.input(removeConceptTermInput).mutation(({ ctx, input }) => removeConceptTerm(ctx.db, ctx.actor, input)),
});
