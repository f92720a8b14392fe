// The stand-in's decoder of Stripe's form encoding, against what the stripe client itself encodes.
import { describe, expect, it } from "vitest";

import { FormEncodingError, paramName, parseForm } from "@/standins/stripe/server/form-encoding";

describe("parseForm", () => {
  it("nests brackets and orders indexed arrays by index", () => {
    const text =
      "line_items[1][quantity]=2&line_items[0][price_data][unit_amount]=1999&line_items[0][quantity]=1&expand[0]=line_items&expand[1]=payment_intent&metadata[order_id]=o%201";
    expect(parseForm(text)).toEqual({
      line_items: [{ price_data: { unit_amount: "1999" }, quantity: "1" }, { quantity: "2" }],
      expand: ["line_items", "payment_intent"],
      metadata: { order_id: "o 1" },
    });
  });

  it("takes empty brackets as appended array items, and percent-encoded brackets", () => {
    expect(parseForm("types[]=a&types[]=b")).toEqual({ types: ["a", "b"] });
    expect(parseForm("created%5Bgte%5D=5")).toEqual({ created: { gte: "5" } });
  });

  it("refuses a name that is both a value and a hash, and malformed names", () => {
    expect(() => parseForm("a=1&a[b]=2")).toThrow(FormEncodingError);
    expect(() => parseForm("a[b=1")).toThrow(FormEncodingError);
  });
});

describe("paramName", () => {
  it("names a nested param the way Stripe's errors do", () => {
    expect(paramName(["line_items", 0, "price_data", "currency"])).toBe("line_items[0][price_data][currency]");
  });
});
