/**
 * Percent-encodes any JavaScript string, lone surrogates included (encodeURIComponent throws on those): a lone
 * surrogate goes out as its 3 WTF-8 bytes, which no UTF-8 decoder accepts, which is the point of sending it.
 *
 * @example
 * encodeUrlPart("a b\ud800") // "a%20b%ED%A0%80"
 */
export function encodeUrlPart(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    const next = value.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(value.slice(i, i + 2));
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join("");
    } else {
      out += encodeURIComponent(value[i]!);
    }
  }
  return out;
}
