import { describe, expect, it } from "vitest";

import { rejectMalformedForm } from "@/lib/api/reject-malformed-form";

const post = (contentType: string, body: BodyInit) =>
  new Request("http://127.0.0.1:3000/", { method: "POST", headers: { "content-type": contentType }, body });

describe("rejectMalformedForm", () => {
  it.each([
    ["a boundary the body never has", "multipart/form-data; boundary=----x", "garbage"],
    ["no boundary at all", "multipart/form-data", "x"],
    ["an upper-case type", "MULTIPART/FORM-DATA; boundary=b", "--b\r\nnot a part"],
  ])("answers 400 for %s", async (_name, type, body) => {
    expect((await rejectMalformedForm(post(type, body)))?.status).toBe(400);
  });

  it("lets a well-formed form through, its body still readable after", async () => {
    const form = new FormData();
    form.set("email", "a@example.com");
    const request = new Request("http://127.0.0.1:3000/signin", { method: "POST", body: form });
    expect(await rejectMalformedForm(request)).toBeUndefined();
    expect((await request.formData()).get("email")).toBe("a@example.com");
  });

  it.each([
    ["JSON", post("application/json", "{")],
    ["a GET", new Request("http://127.0.0.1:3000/", { headers: { "content-type": "multipart/form-data" } })],
  ])("ignores %s", async (_name, request) => {
    expect(await rejectMalformedForm(request)).toBeUndefined();
  });
});
