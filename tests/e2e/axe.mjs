// axe-core (npm, 4.14) injected into the page: returns the violations, each as "rule: target (summary)".
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const AXE = path.join(here, "node_modules/axe-core/axe.min.js");

/** Runs axe on the widget root (WCAG 2.1 A and AA rules) and returns readable violations. */
export async function axeViolations(page, selector = "main") {
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    // From the page's own origin: the page's Content-Security-Policy allows no inline script.
    const url = `${new URL(page.url()).origin}/__axe.min.js`;
    await page.route(url, (route) => route.fulfill({ path: AXE, contentType: "text/javascript" }));
    await page.addScriptTag({ url });
  }
  const results = await page.evaluate(
    (sel) => window.axe.run(sel, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }),
    selector,
  );
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} (${n.failureSummary?.split("\n")[1]?.trim() ?? v.help})`),
  );
}
