// npm run docs:config — rewrites docs/configuration.md from lib/env.ts (see render-configuration-doc.ts).
import { writeFileSync } from "node:fs";
import path from "node:path";

import { renderConfigurationDoc } from "./render-configuration-doc";

const target = path.join(import.meta.dirname, "../../docs/configuration.md");
writeFileSync(target, renderConfigurationDoc());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
