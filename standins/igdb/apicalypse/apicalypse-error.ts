// IGDB answers query errors as a one-element array: [{"title":"Syntax Error","status":400,"cause":"…"}].

export class ApicalypseError extends Error {
  constructor(
    readonly title: string,
    readonly cause_: string,
    readonly status = 400,
  ) {
    super(`${title}: ${cause_}`);
    this.name = "ApicalypseError";
  }

  toBody(): Array<{ title: string; status: number; cause: string }> {
    return [{ title: this.title, status: this.status, cause: this.cause_ }];
  }
}

export function syntaxError(cause: string): ApicalypseError {
  return new ApicalypseError("Syntax Error", cause);
}

export function invalidField(cause: string): ApicalypseError {
  return new ApicalypseError("Invalid Field", cause);
}
