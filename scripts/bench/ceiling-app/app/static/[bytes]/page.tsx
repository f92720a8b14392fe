// GET /static/N – a page of about N bytes, rendered on its first request and then served from Next's cache, the
// way a prerendered or ISR page of Questlog's is: the ceiling for a static page of that size.
export const revalidate = false;
export const dynamicParams = true;

export function generateStaticParams(): Array<{ bytes: string }> {
  return [];
}

export default async function StaticPage({ params }: { params: Promise<{ bytes: string }> }) {
  const bytes = Math.min(Math.max(Number((await params).bytes) || 2048, 0), 1_000_000);
  // The HTML carries the text twice (markup and the RSC payload), so half of it makes a page of about N bytes.
  return <p>{"x".repeat(Math.floor(bytes / 2))}</p>;
}
