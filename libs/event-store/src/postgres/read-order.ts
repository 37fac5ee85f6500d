/**
 * The order subscribers read the log in, for a query over `events e`. The names are qualified on
 * purpose: the select lists give the id back as text under its own name, and PostgreSQL takes an
 * unqualified ORDER BY name for an output column first, which sorted the ids as text: past id
 * 9999 a page ended on the wrong row and the next one began after it, leaving events unread.
 */
export const READ_ORDER = 'e.transaction_id, e.global_position';
