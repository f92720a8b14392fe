// Cursor over tokens with the error messages every parser step shares.
import { syntaxError, type ApicalypseError } from "./apicalypse-error";
import { describePosition, tokenize, type Token } from "./tokenize";

export class TokenStream {
  private readonly tokens: Token[];
  private index = 0;

  constructor(readonly source: string) {
    this.tokens = tokenize(source);
  }

  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)]!;
  }

  next(): Token {
    const token = this.peek();
    if (token.type !== "end") this.index++;
    return token;
  }

  atEnd(): boolean {
    return this.peek().type === "end";
  }

  isPunct(text: string): boolean {
    const token = this.peek();
    return token.type === "punct" && token.text === text;
  }

  /** Consumes the punctuation if it is next. */
  accept(text: string): boolean {
    if (!this.isPunct(text)) return false;
    this.index++;
    return true;
  }

  expectPunct(text: string, context: string): Token {
    if (!this.isPunct(text)) throw this.error(`expected '${text}' ${context}`);
    return this.next();
  }

  error(message: string, token: Token = this.peek()): ApicalypseError {
    const found = token.type === "end" ? "end of query" : `'${token.text}'`;
    return syntaxError(`${message}, found ${found} at ${describePosition(this.source, token.offset)}`);
  }
}
