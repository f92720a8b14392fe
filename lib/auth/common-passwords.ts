// The commonest passwords that are 10 characters or longer (shorter ones fail the length rule anyway), and
// the words at the root of most leaked passwords. Taken from the most frequent entries of public breach
// corpora (SecLists' 10k most common, NCSC's 100k list); a guesser tries these first, so we refuse them.
// Kept small on purpose: the length and similarity rules do most of the work, and a big list is a chore to ship.

/** Whole passwords, lower-cased. */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "0000000000", "0123456789", "1111111111", "1234567890", "12345678910", "1234567891", "123456789a", "123456789q",
  "1234512345", "123123123123", "1234554321", "9876543210", "0987654321", "1122334455", "1212121212", "5555555555",
  "1q2w3e4r5t", "1q2w3e4r5t6y", "q1w2e3r4t5", "q1w2e3r4t5y6", "1qaz2wsx3edc", "1qazxsw23edc", "zaq12wsxcde3",
  "zaq1zaq1zaq1", "qazwsxedc123", "qazwsxedcrfv", "1qaz2wsx3edc4rfv", "qwertyuiop", "qwertyuiop123", "qwerty1234",
  "qwerty12345", "qwerty123456", "1234qwerty", "123qweasdzxc", "123qweasd123", "qweasdzxc123", "asdfghjkl1",
  "asdfghjkl;", "asdfghjkl123", "zxcvbnm123", "zxcvbnm1234", "abcdefghij", "abcdefghijk", "abc1234567",
  "abcd123456", "abcd1234abcd", "a1b2c3d4e5", "password12", "password123", "password1234", "password12345",
  "password!1", "passw0rd123", "p@ssw0rd123", "p@ssword123", "iloveyou12", "iloveyou123", "iloveyou1234",
  "letmein123", "welcome123", "welcome1234", "changeme123", "trustno1234", "administrator", "football123",
  "baseball123", "basketball", "basketball1", "superman123", "batman1234", "starwars12", "starwars123",
  "pokemon123", "minecraft1", "minecraft123", "fortnite123", "liverpool1", "chelsea123", "arsenal123",
  "manchester", "manchesterunited", "sunshine12", "princess12", "computer12", "internet123", "whatever123",
  "michael123", "jennifer123", "blink182blink", "myspace123", "facebook123", "google1234", "1234567890qwerty",
]);

/** Roots that a few digits or symbols at the end do not rescue ("Password2024!", "Qwerty123456"). */
export const COMMON_ROOTS: ReadonlySet<string> = new Set([
  "password", "passw0rd", "p@ssw0rd", "p@ssword", "qwerty", "qwertyuiop", "azerty", "qwertz", "asdfgh",
  "asdfghjkl", "zxcvbnm", "iloveyou", "letmein", "welcome", "admin", "administrator", "changeme", "secret",
  "monkey", "dragon", "football", "baseball", "basketball", "soccer", "hockey", "superman", "batman",
  "starwars", "pokemon", "minecraft", "fortnite", "sunshine", "princess", "shadow", "master", "computer",
  "internet", "whatever", "trustno", "abcdef", "abcdefgh", "questlog", "gamer", "gaming", "nintendo",
  "playstation", "xbox", "zelda", "mario",
]);
