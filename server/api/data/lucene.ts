// Turns what a person typed into a Lucene query for the entity_text_search index, with every special character escaped.

export const MAX_SEARCH_LENGTH = 200;

/** Lucene's query syntax characters; `&&` and `||` are covered by escaping `&` and `|`. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (char) => `\\${char}`);
}

/** The text as a phrase (so domains and full names match), or else every word as a prefix. */
export function fullTextQuery(text: string): string {
  const phrase = `"${escapeLucene(text.trim())}"`;
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => `${escapeLucene(word)}*`);
  return words.length > 0 ? `${phrase} OR (${words.join(' AND ')})` : phrase;
}
