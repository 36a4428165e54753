import { noticesRouter } from '../notices/router';
import { regionsRouter } from '../regions/router';
import { rumorsRouter } from '../rumors/router';
import { staffRouter } from '../staff/router';
import { createCallerFactory, router } from './init';

export const appRouter = router({
  notices: noticesRouter,
  regions: regionsRouter,
  rumors: rumorsRouter,
  staff: staffRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
