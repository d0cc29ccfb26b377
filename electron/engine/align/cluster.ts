/**
 * Cluster stage: verified links → groups. Strong links join versions outright (union–find).
 * Weak links — a one- or two-word excerpt such as "unlikely" — join only when their two articles
 * already share a group through a strong link (or are the same article, or one is a spun copy of
 * the other): such words alone cannot tell two stories apart.
 */

/** Disjoint sets over 0..n-1 with path halving; the smaller index is always the root. */
export class DisjointSets {
  private readonly parent: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  /** The representative of x's set. */
  find(x: number): number {
    const p = this.parent;
    while (p[x]! !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }

  /** Joins the sets of x and y. */
  union(x: number, y: number): void {
    const a = this.find(x);
    const b = this.find(y);
    if (a === b) return;
    if (a < b) this.parent[b] = a;
    else this.parent[a] = b;
  }
}

/**
 * Disjoint sets that refuse some joins: each set keeps the sets it must not be joined with
 * (cannot-link constraints), so a chain A~B~C cannot join A and C when they were found distinct.
 */
export class ConstrainedSets {
  private readonly sets: DisjointSets;
  private readonly apart = new Map<number, Set<number>>();

  constructor(n: number) {
    this.sets = new DisjointSets(n);
  }

  /** The representative of x's set. */
  find(x: number): number {
    return this.sets.find(x);
  }

  /** Records that the sets of x and y must stay apart. */
  forbid(x: number, y: number): void {
    const a = this.find(x);
    const b = this.find(y);
    if (a === b) return;
    this.apartOf(a).add(b);
    this.apartOf(b).add(a);
  }

  /** Joins the sets of x and y unless forbidden; true when they are (now) one set. */
  union(x: number, y: number): boolean {
    const a = this.find(x);
    const b = this.find(y);
    if (a === b) return true;
    const apartA = this.apart.get(a);
    const apartB = this.apart.get(b);
    if (apartA) for (const r of apartA) if (this.find(r) === b) return false;
    if (apartB) for (const r of apartB) if (this.find(r) === a) return false;
    this.sets.union(a, b);
    // Most joins carry no constraint: nothing to carry over (no set to build for every version joined).
    if (!apartA && !apartB) return true;
    const root = this.find(a);
    const merged = new Set<number>();
    if (apartA) for (const r of apartA) merged.add(this.find(r));
    if (apartB) for (const r of apartB) merged.add(this.find(r));
    this.apart.delete(a);
    this.apart.delete(b);
    if (merged.size > 0) this.apart.set(root, merged);
    return true;
  }

  private apartOf(root: number): Set<number> {
    let s = this.apart.get(root);
    if (!s) this.apart.set(root, (s = new Set()));
    return s;
  }
}

/** Article pairs known to be about one story: they share a strongly linked group, or are copies. */
export class Relatedness {
  private readonly rootsByArticle = new Map<string, Set<number>>();
  private readonly pairs = new Set<string>();

  /** Records that `articles` all hold a version of the group with root `root`. */
  addGroup(root: number, articles: ReadonlySet<string>): void {
    if (articles.size < 2) return;
    for (const a of articles) {
      let roots = this.rootsByArticle.get(a);
      if (!roots) this.rootsByArticle.set(a, (roots = new Set()));
      roots.add(root);
    }
  }

  /** Records an article pair known to be related by other evidence (e.g. a spun copy). */
  addPair(a: string, b: string): void {
    this.pairs.add(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  }

  /** True when the two articles are the same or related. */
  related(a: string, b: string): boolean {
    if (a === b) return true;
    if (this.pairs.has(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)) return true;
    const ra = this.rootsByArticle.get(a);
    const rb = this.rootsByArticle.get(b);
    if (!ra || !rb) return false;
    const [small, large] = ra.size <= rb.size ? [ra, rb] : [rb, ra];
    for (const r of small) if (large.has(r)) return true;
    return false;
  }
}
