/**
 * The names of the renderer → main calls. Kept apart from the schemas so the sandboxed preload can
 * build its bridge from this list without bundling the validator; `contract.ts` is checked against it.
 */
export const METHOD_NAMES = [
  'app.info',
  'articles.pick',
  'articles.pickFolder',
  'articles.cancel',
  'articles.takePending',
  'articles.load',
  'articles.text',
  'articles.remove',
  'analysis.run',
  'analysis.quotes',
  'analysis.groups',
  'analysis.group',
  'analysis.groupDetails',
  'analysis.progress',
  'analysis.cancel',
  'files.save',
  'review.save',
  'review.content',
  'review.open',
  'shell.openExternal',
] as const;

/** One renderer → main call, named `area.verb`. */
export type MethodName = (typeof METHOD_NAMES)[number];

/** The IPC channel a method travels on. */
export const channelOf = (method: MethodName): string => `verbatim:${method}`;
