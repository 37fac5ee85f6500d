import type { RegistryEntry } from '../documents.js';

/**
 * Punctuation, spaces and invisible characters: the public types names as they remember them,
 * 章贡区(水东)中小企业 or 章贡区水东中小企业 for 章贡区（水东）中小企业.
 */
const IGNORED = /[\p{P}\p{Z}\p{Cc}\p{Cf}\s]/gu;

/**
 * Text as the registry search compares it: NFKC folds full-width forms into half-width ones
 * (（ → (, Ａ → A), Latin letters lose their case, punctuation and spaces go. Normalised again
 * after lowering, since lowering a few letters yields a sequence NFKC would compose.
 */
export function foldSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFKC').replace(IGNORED, '');
}

/** The terms of a query (separated by spaces, full-width ones too), folded; empty ones dropped. */
export function searchTerms(text: string | undefined): string[] {
  if (text === undefined) return [];
  const terms = text
    .normalize('NFKC')
    .split(/\s+/u)
    .map(foldSearchText)
    .filter((term) => term.length > 0);
  return [...new Set(terms)];
}

/**
 * What a registry entry is searched by: its name and its operator's name, folded. The line break
 * between them survives no folding of a term, so no term matches across the two.
 */
export function registrySearchKey(entry: Pick<RegistryEntry, 'name' | 'operator'>): string {
  return `${foldSearchText(entry.name)}\n${foldSearchText(entry.operator.name)}`;
}

/** The field of a stored registry document that holds its search key (MongoDB). */
export const REGISTRY_SEARCH_FIELD = 'searchKey';

/** Every term occurs in the key. */
export function matchesTerms(key: string, terms: readonly string[]): boolean {
  return terms.every((term) => key.includes(term));
}
