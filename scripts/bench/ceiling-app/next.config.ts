import type { NextConfig } from "next";

// As bare as Questlog's own config where it matters to the wire: no X-Powered-By header, compression on (Next's default).
const config: NextConfig = { poweredByHeader: false };

export default config;
