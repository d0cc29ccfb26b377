/**
 * One generic dispatcher for every transport: look the method up, validate the request against the
 * contract, call the handler. No per-method switch anywhere.
 */
import { parseRequest, type Handlers } from '../../shared/contract';
import { METHOD_NAMES, type MethodName } from '../../shared/methods';

/** True when `name` is one of the contract's methods (guards against prototype keys and typos). */
export function isMethodName(name: string): name is MethodName {
  return (METHOD_NAMES as readonly string[]).includes(name);
}

/** Validates `raw` for `name` and runs its handler. Throws ContractError on a bad request. */
export async function dispatch(handlers: Handlers, name: MethodName, raw: unknown): Promise<unknown> {
  const input = parseRequest(name, raw);
  const handler = handlers[name] as (input: unknown) => Promise<unknown>;
  return handler(input);
}
