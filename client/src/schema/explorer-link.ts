/** The explorer's URL with one node on the canvas and selected: the link behind every example. */
export function explorerLink(id: string): string {
  const v = encodeURIComponent(id).replaceAll('%3A', ':');
  return `?view=explore&nodes=${v}&selected=${v}`;
}
