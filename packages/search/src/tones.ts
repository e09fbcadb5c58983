/**
 * Vietnamese tone marks as letters (Telex, the way most Vietnamese type):
 * "đường" → "dduwowngf", "Dương" → "duwowngz". Meilisearch folds marks away, so "đường" (road)
 * and "Dương" (a name) are the same word to it; their Telex forms are not.
 * Documents carry the Telex form of their title and number in a field of
 * their own, and a query typed with marks carries it too: a document with
 * the same marks then matches more of the query's words and ranks first,
 * while a query typed without marks (no Telex words) ranks as before.
 */

const MARKS: Readonly<Record<string, string>> = {
  '\u0300': 'f', // huyền
  '\u0301': 's', // sắc
  '\u0303': 'x', // ngã
  '\u0309': 'r', // hỏi
  '\u0323': 'j', // nặng
};
const SHAPES: Readonly<Record<string, string>> = {
  '\u0302': 'double', // â ê ô
  '\u0306': 'w', // ă
  '\u031B': 'w', // ơ ư
};

/** One word in Telex, lower case; null when it has no Vietnamese mark (its folded form says it all). */
export function telexWord(word: string): string | null {
  let letters = '';
  let tone = '';
  let marked = false;
  for (const char of word.toLowerCase().normalize('NFD')) {
    if (char === 'đ') {
      letters += 'dd';
      marked = true;
    } else if (MARKS[char]) {
      tone = MARKS[char];
      marked = true;
    } else if (SHAPES[char]) {
      // slice, not at(): the sites' script runs on phones whose browsers predate String.prototype.at.
      const last = letters.slice(-1);
      letters += SHAPES[char] === 'double' ? last : SHAPES[char];
      marked = true;
    } else if (/\p{L}|\p{N}/u.test(char)) {
      letters += char;
    }
  }
  // A level tone gets "z" (Telex's "no mark" key), so that no word is the beginning of another: Meilisearch matches a query's last word as a prefix, and "tieen" (tiên) would find "tieens" (tiến).
  return marked && /^[a-z0-9]+$/.test(letters) ? letters + (tone || 'z') : null;
}

/** The Telex forms of a text's marked words, each once, space-separated ('' when none has a mark). */
export function telexForms(text: string): string {
  const words = text.normalize('NFC').split(/[^\p{L}\p{M}\p{N}]+/u);
  return [...new Set(words.map(telexWord).filter((w): w is string => w !== null))].join(' ');
}
