// End-to-end: drives the console in headless Chromium (Debian's chromium via playwright-core)
// against a real `tiphub serve` on a small simulated world. Run: npm run test:e2e
// (TIPHUB_BIN names the binary; default ../build/tiphub; CHROMIUM the browser).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";

const bin = resolve(process.env.TIPHUB_BIN ?? "../build/tiphub");
const browserPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const dir = mkdtempSync(join(tmpdir(), "tiphub-e2e-"));
const store = join(dir, "ws.db");
let server, url, browser;
const tokens = {};

function tiphub(...args) {
  return execFileSync(bin, args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
}

before(async () => {
  assert.ok(existsSync(bin), `no tiphub binary at ${bin}: build first or set TIPHUB_BIN`);
  tiphub("simulate", "--accounts", "2000", "--days", "30", "--seed", "7", "--out", join(dir, "world"));
  tiphub("ingest", "--store", store, join(dir, "world"));
  tiphub("scan", "--store", store);
  for (const [org, name, role] of [["local", "ana", "analyst"], ["local", "sam", "supervisor"],
                                   ["ngo", "nia", "analyst"]]) {
    tokens[name] = JSON.parse(tiphub("--json", "user", "add", "--store", store, "--org", org,
                                     "--name", name, "--role", role)).token;
  }
  server = spawn(bin, ["--json", "serve", "--store", store, "--port", "0", "--web", resolve("dist")],
                 { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise((ok, fail) => {
    createInterface({ input: server.stdout }).once("line", ok);
    server.once("exit", (code) => fail(new Error(`tiphub serve exited with ${code}`)));
  });
  url = JSON.parse(line).url;
  browser = await chromium.launch({ executablePath: browserPath, args: ["--no-sandbox"] });
});

after(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

async function login(page, name) {
  await page.goto(`${url}#/login`);
  await page.getByTestId("token").fill(tokens[name]);
  await page.getByTestId("login").click();
}

test("an analyst opens an alert, opens a case and moves it along", async () => {
  const page = await browser.newPage();
  await login(page, "ana");
  const rows = page.getByTestId("alert-row");
  await rows.first().waitFor();
  assert.ok((await rows.count()) > 0);
  await rows.first().click();
  await page.getByTestId("alert-title").waitFor();
  assert.match(await page.getByTestId("alert-title").textContent(), /Alert \d+/);
  await page.locator("#graph canvas").first().waitFor();  // Cytoscape drew the network
  assert.ok((await page.getByTestId("roles").locator("tr").count()) > 1);
  await page.getByTestId("open-case").click();
  await page.getByTestId("case-title").waitFor();
  assert.equal(await page.getByTestId("case-status").textContent(), "new");
  await page.getByTestId("move-investigating").click();
  await page.getByTestId("move-reported").waitFor();
  assert.equal(await page.getByTestId("case-status").textContent(), "investigating");
  await page.getByTestId("note-text").fill("checked the hotel payments");
  await page.getByTestId("add-note").click();
  await page.getByText("checked the hotel payments").first().waitFor();
  await page.close();
});

test("a tip submitted in the form is urgent and only its organisation sees it", async () => {
  const page = await browser.newPage();
  await login(page, "sam");
  await page.getByTestId("alert-row").first().waitFor();
  await page.getByTestId("nav-new-tip").click();
  await page.getByTestId("tip-place").fill("E2E truck stop, exit 42");
  await page.getByTestId("ind-dropped_off_and_collected").check();
  await page.getByTestId("tip-plate").fill("E2E 042");
  await page.getByTestId("tip-text").fill("a girl, maybe 15 years old, taken from truck to truck");
  await page.getByTestId("submit-tip").click();
  await page.getByText(/Tip \d+ is recorded and marked URGENT/).waitFor();
  await page.getByTestId("nav-tips").click();
  await page.getByTestId("tip-row").filter({ hasText: "E2E truck stop" }).first().waitFor();
  await page.getByTestId("tips-csv").setInputFiles({
    name: "tips.csv", mimeType: "text/csv",
    buffer: Buffer.from("place,indicators,text\nE2E rest area,does_not_know_location,seen\n" +
                        "E2E nowhere,no_such_indicator,seen\n"),
  });
  await page.getByTestId("upload-tips").click();
  await page.getByText(/read 2, accepted 1, rejected 1/).waitFor();
  assert.match(await page.getByTestId("upload-msg").textContent(), /line 3: unknown indicator/);
  await page.close();

  const other = await browser.newPage();
  await login(other, "nia");
  await other.getByTestId("alerts").waitFor();
  assert.equal(await other.getByTestId("alert-row").count(), 0);
  await other.getByTestId("nav-tips").click();
  await other.getByTestId("tips").waitFor();
  assert.equal(await other.getByTestId("tip-row").filter({ hasText: "E2E truck stop" }).count(), 0);
  await other.close();
});
