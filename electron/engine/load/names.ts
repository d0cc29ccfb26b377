/** File-name helpers shared by the loaders and the folder listing. */

/** The lower-case extension with its dot ("" for none, and for dot-files like ".profile"). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}
