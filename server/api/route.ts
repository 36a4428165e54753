// The one way an app/ route file reaches its handler: `export const GET = apiRoute(handleX)`.
// Handlers take (request, deps, params) and live in server/api/; this binds the production deps
// and unwraps Next's params, so route files hold nothing but wiring and segment config.
import { productionApiDeps, type ApiDeps } from './deps';

export type ApiHandler<P extends object = Record<string, never>> = (request: Request, deps: ApiDeps, params: P) => Promise<Response>;

export function apiRoute<P extends object = Record<string, never>>(handler: ApiHandler<P>) {
  // Route segments without dynamic parts have no params (and tests call routes without a context).
  return async (request: Request, context?: { params: Promise<P> }): Promise<Response> => handler(request, productionApiDeps(), ((await context?.params) ?? {}) as P);
}
