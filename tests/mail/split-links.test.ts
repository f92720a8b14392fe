import { describe, expect, it } from "vitest";

import { splitLinks } from "@/lib/mail/split-links";

describe("splitLinks", () => {
  it("makes a sign-in link a link, leaving the sentence's full stop outside it", () => {
    expect(splitLinks("Sign in: https://q.test/api/auth/callback/email?token=a1&email=ada%40x.test.\nThanks")).toEqual([
      { kind: "text", text: "Sign in: " },
      { kind: "link", href: "https://q.test/api/auth/callback/email?token=a1&email=ada%40x.test" },
      { kind: "text", text: ".\nThanks" },
    ]);
  });

  it("finds several links, angle-bracketed ones included, and keeps the text between them", () => {
    expect(splitLinks("<http://a.test/x> or (https://b.test/y), done")).toEqual([
      { kind: "text", text: "<" },
      { kind: "link", href: "http://a.test/x" },
      { kind: "text", text: "> or (" },
      { kind: "link", href: "https://b.test/y" },
      { kind: "text", text: "), done" },
    ]);
  });

  it("leaves non-web schemes and link-free text as text", () => {
    expect(splitLinks("javascript:alert(1) data:text/html,x ftp://f.test")).toEqual([
      { kind: "text", text: "javascript:alert(1) data:text/html,x ftp://f.test" },
    ]);
    expect(splitLinks("")).toEqual([]);
  });
});
