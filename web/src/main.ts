// The tiphub analyst console: a small single-page app over /api/v1 (docs/api.md). Routes live in
// the URL hash; the API token is kept in sessionStorage for the tab's lifetime only.
import cytoscape from "cytoscape";

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const view = document.getElementById("view") as HTMLElement;
let me: Json = null;

function esc(v: unknown): string {
  return String(v ?? "").replace(/[&<>"']/g, (c) =>
    ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

function when(s: number): string {
  return s ? new Date(s * 1000).toISOString().replace("T", " ").slice(0, 16) + " UTC" : "-";
}

class ApiError extends Error {
  constructor(public status: number, message: string) { super(message); }
}

async function api(path: string, init: RequestInit = {}): Promise<Json> {
  const token = sessionStorage.getItem("tiphub.token") ?? "";
  const res = await fetch(`/api/v1${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
  });
  const type = res.headers.get("Content-Type") ?? "";
  if (!res.ok) {
    const body = type.includes("json") ? await res.json() : null;
    if (res.status === 401) { sessionStorage.removeItem("tiphub.token"); location.hash = "#/login"; }
    throw new ApiError(res.status, body?.error?.message ?? `HTTP ${res.status}`);
  }
  return type.includes("json") ? res.json() : res.text();
}

function showError(e: unknown) {
  view.insertAdjacentHTML("afterbegin", `<p class="error" data-testid="error">${esc((e as Error).message)}</p>`);
}

// ---- login ------------------------------------------------------------------------------------
function loginView() {
  view.innerHTML = `<div class="card"><h2>Log in</h2>
    <form id="login"><label>API token (from <code>tiphub user add</code>)
    <input type="text" name="token" data-testid="token" autocomplete="off"></label>
    <button data-testid="login">Log in</button></form><p id="msg" class="error"></p></div>`;
  (document.getElementById("login") as HTMLFormElement).onsubmit = async (ev) => {
    ev.preventDefault();
    const token = (new FormData(ev.target as HTMLFormElement).get("token") as string).trim();
    sessionStorage.setItem("tiphub.token", token);
    try {
      await loadMe();
      location.hash = me.permissions.includes("read alerts") ? "#/alerts" : "#/tips/new";
    } catch (e) {
      sessionStorage.removeItem("tiphub.token");
      (document.getElementById("msg") as HTMLElement).textContent = (e as Error).message;
    }
  };
}

async function loadMe() {
  me = await api("/me");
  (document.getElementById("who") as HTMLElement).textContent = `${me.name} @ ${me.org} (${me.role})`;
  (document.getElementById("nav") as HTMLElement).hidden = false;
  (document.getElementById("logout") as HTMLElement).hidden = false;
  (document.getElementById("nav-audit") as HTMLElement).hidden = !me.permissions.includes("read the audit trail");
}

// ---- alerts -----------------------------------------------------------------------------------
async function alertsView(params: URLSearchParams) {
  const q = new URLSearchParams({ limit: "50", offset: params.get("offset") ?? "0",
    sort: params.get("sort") ?? "score", min_score: params.get("min_score") ?? "0",
    typology: params.get("typology") ?? "" });
  const data = await api(`/alerts?${q}`);
  const offset = Number(q.get("offset"));
  view.innerHTML = `<h2>Alert queue <span class="badge">${data.total}</span></h2>
    <form id="filter">Typology <input name="typology" value="${esc(q.get("typology"))}" size="14">
      Min score <input name="min_score" value="${esc(q.get("min_score"))}" size="4">
      Sort <select name="sort">${["score", "last_seen", "id"].map((s) =>
        `<option ${s === q.get("sort") ? "selected" : ""}>${s}</option>`).join("")}</select>
      <button>Filter</button></form>
    <table data-testid="alerts"><tr><th>#</th><th>Score</th><th>Typology</th><th>Kind</th>
      <th>Accounts</th><th>Last seen</th><th>Summary</th></tr>
    ${data.items.map((a: Json) => `<tr class="link" data-id="${a.id}" data-testid="alert-row">
      <td>${a.id}</td><td>${a.score.toFixed(0)}${a.model_score >= 0 ? ` <span class="badge">model ${a.model_score.toFixed(2)}</span>` : ""}</td>
      <td>${esc(a.typology)}</td><td>${esc(a.kind)}</td><td>${a.accounts.length}</td>
      <td>${when(a.last_seen)}</td><td>${esc(a.summary).slice(0, 160)}</td></tr>`).join("")}</table>
    <p>${offset > 0 ? `<a href="#/alerts?offset=${Math.max(0, offset - 50)}">&larr; previous</a>` : ""}
       ${offset + 50 < data.total ? `<a href="#/alerts?offset=${offset + 50}">next &rarr;</a>` : ""}</p>`;
  view.querySelectorAll("tr.link").forEach((tr) =>
    tr.addEventListener("click", () => { location.hash = `#/alerts/${(tr as HTMLElement).dataset.id}`; }));
  (document.getElementById("filter") as HTMLFormElement).onsubmit = (ev) => {
    ev.preventDefault();
    const f = new FormData(ev.target as HTMLFormElement);
    location.hash = `#/alerts?${new URLSearchParams(f as unknown as Record<string, string>)}`;
  };
}

const roleColour: Record<string, string> = {
  controller: "#c62828", victim: "#2e7d32", mule: "#ef6c00", front_business: "#6a1b9a",
  counterparty: "#9aa4b2", unknown: "#546e7a",
};

async function alertView(id: string) {
  const a = await api(`/alerts/${id}`);
  view.innerHTML = `<h2 data-testid="alert-title">Alert ${a.id}: ${esc(a.typology)} — score ${a.score.toFixed(0)}</h2>
    <p>${esc(a.summary)}</p>
    <button id="open-case" data-testid="open-case">Open a case</button> <span id="case-msg"></span>
    <div class="cols"><div>
      <div class="card"><h3>Accounts and roles</h3><table data-testid="roles"><tr><th>Account</th><th>Role</th><th>Score</th></tr>
      ${a.accounts.map((x: Json) => `<tr><td>${esc(x.account)}</td><td>${esc(x.role)}
        ${x.protect ? '<span class="badge protect">protect: likely victim</span>' : ""}</td>
        <td>${x.score.toFixed(0)}</td></tr>`).join("")}</table></div>
      <div class="card"><h3>Indicators</h3><table><tr><th>Id</th><th>Account</th><th>What</th><th>Value / threshold</th><th>Source</th></tr>
      ${a.indicators.map((h: Json) => `<tr><td>${esc(h.indicator)}</td><td>${esc(h.account)}</td>
        <td>${esc(h.detail)}</td><td>${h.value === null ? "" : Number(h.value).toFixed(2)} / ${Number(h.threshold).toFixed(2)}</td>
        <td>${esc(h.source)}</td></tr>`).join("")}</table></div>
      ${a.model_score >= 0 ? `<div class="card"><h3>Model ${a.model_score.toFixed(3)}</h3><table>
        ${a.model_explanation.map((c: Json) => `<tr><td>${esc(c.feature)}</td><td>${c.value ?? "missing"}</td>
        <td>${c.contribution.toFixed(3)}</td></tr>`).join("")}</table></div>` : ""}
      <div class="card"><h3>Linked tips</h3>${a.tips.length === 0 ? "none" :
        a.tips.map((t: Json) => `<a href="#/tips/${t.tip_id}">tip ${t.tip_id}</a> via ${esc(t.via_kind)} (${esc(t.target_id)})`).join("<br>")}</div>
    </div><div>
      <div class="card"><h3>Network</h3><div id="graph" data-testid="graph"></div></div>
      <div class="card"><h3>Timeline (${a.transactions.length} transactions${a.transactions_missing ? `, ${a.transactions_missing} not in the workspace` : ""})</h3>
        <div class="timeline" id="timeline"></div>
        <table data-testid="timeline"><tr><th>When</th><th>From</th><th>To</th><th>Amount</th><th>Channel</th></tr>
        ${a.transactions.map((t: Json) => `<tr><td>${esc(t.timestamp)}</td><td>${esc(t.from_account)}</td>
          <td>${esc(t.to_account || t.merchant_id)}</td><td>${esc(t.amount)} ${esc(t.currency)}</td>
          <td>${esc(t.channel)}</td></tr>`).join("")}</table></div>
    </div></div>`;
  drawTimeline(a.transactions);
  cytoscape({
    container: document.getElementById("graph"),
    elements: [
      ...a.graph.nodes.map((n: Json) => ({ data: { id: n.id, label: n.id, role: n.role, protect: n.protect } })),
      ...a.graph.edges.map((e: Json, i: number) => ({ data: { id: `e${i}`, source: e.from, target: e.to,
        label: `${e.count}× ${e.amount} ${e.currency}` } })),
    ],
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 9,
        "background-color": (n: cytoscape.NodeSingular) => roleColour[n.data("role")] ?? "#546e7a" } },
      { selector: "node[?protect]", style: { "border-width": 3, "border-color": "#2e7d32" } },
      { selector: "edge", style: { width: 1.5, "curve-style": "bezier", "target-arrow-shape": "triangle",
        label: "data(label)", "font-size": 7, "line-color": "#9aa4b2", "target-arrow-color": "#9aa4b2" } },
    ],
    layout: { name: a.graph.nodes.length > 60 ? "concentric" : "cose", animate: false },
  });
  (document.getElementById("open-case") as HTMLButtonElement).onclick = async () => {
    try {
      const c = await api("/cases", { method: "POST", body: JSON.stringify({ alert_id: a.id }) });
      location.hash = `#/cases/${c.id}`;
    } catch (e) { (document.getElementById("case-msg") as HTMLElement).textContent = (e as Error).message; }
  };
}

function drawTimeline(txs: Json[]) {
  const el = document.getElementById("timeline") as HTMLElement;
  if (txs.length === 0) return;
  const times = txs.map((t) => Number(t.utc_seconds));
  const lo = Math.min(...times), hi = Math.max(...times), n = 40;
  const bins = new Array(n).fill(0);
  for (const t of times) bins[Math.min(n - 1, Math.floor(((t - lo) / Math.max(1, hi - lo)) * n))]++;
  const max = Math.max(...bins);
  el.innerHTML = bins.map((b) => `<div style="height:${(100 * b) / max}%" title="${b}"></div>`).join("");
}

// ---- cases ------------------------------------------------------------------------------------
async function casesView() {
  const data = await api("/cases");
  view.innerHTML = `<h2>Cases</h2><table data-testid="cases"><tr><th>#</th><th>Status</th><th>Assignee</th><th>Title</th><th>Updated</th></tr>
    ${data.items.map((c: Json) => `<tr class="link" data-id="${c.id}"><td>${c.id}</td><td>${esc(c.status)}</td>
      <td>${esc(c.assignee)}</td><td>${esc(c.title)}</td><td>${when(c.updated_at)}</td></tr>`).join("")}</table>`;
  view.querySelectorAll("tr.link").forEach((tr) =>
    tr.addEventListener("click", () => { location.hash = `#/cases/${(tr as HTMLElement).dataset.id}`; }));
}

async function caseView(id: string) {
  const c = await api(`/cases/${id}`);
  const next: Record<string, string[]> = { new: ["investigating", "closed_not_suspicious"],
    investigating: ["reported", "closed_not_suspicious"], closed_not_suspicious: ["investigating"], reported: [] };
  view.innerHTML = `<h2 data-testid="case-title">Case ${c.id}: ${esc(c.title)}</h2>
    <p>Status <strong data-testid="case-status">${esc(c.status)}</strong> · assignee ${esc(c.assignee || "none")} · opened ${when(c.created_at)}</p>
    <p>${(next[c.status] ?? []).map((s) => `<button class="move" data-status="${s}" data-testid="move-${s}">Move to ${s}</button>`).join(" ")}
      <button id="dl-goaml" data-testid="report-goaml">goAML report</button> <button id="dl-fincen">FinCEN SAR</button></p>
    <p id="case-msg"></p>
    <div class="cols"><div class="card"><h3>Evidence</h3>
      <p>${c.alerts.length} alerts, ${c.transactions.length} transactions, ${c.accounts.length} accounts, ${c.parties.length} parties</p>
      <table><tr><th>Account</th><th>Bank</th><th>Holder</th><th>Type</th></tr>
      ${c.accounts.map((x: Json) => `<tr><td>${esc(x.id)}</td><td>${esc(x.bank)}</td><td>${esc(x.party_id)}</td><td>${esc(x.type)}</td></tr>`).join("")}</table></div>
    <div class="card"><h3>Notes</h3>${(c.notes ?? []).map((n: Json) => `<p><b>${esc(n.author)}</b> ${when(n.at)}<br>${esc(n.text)}</p>`).join("")}
      <form id="note"><textarea name="text" rows="3" data-testid="note-text"></textarea><button data-testid="add-note">Add note</button></form>
      <h3>Audit trail</h3><table>${c.audit.map((e: Json) => `<tr><td>${when(e.at)}</td><td>${esc(e.actor)}</td><td>${esc(e.action)}</td><td>${esc(e.detail)}</td></tr>`).join("")}</table></div></div>`;
  const msg = document.getElementById("case-msg") as HTMLElement;
  view.querySelectorAll("button.move").forEach((b) => b.addEventListener("click", async () => {
    try {
      await api(`/cases/${id}/status`, { method: "POST", body: JSON.stringify({ status: (b as HTMLElement).dataset.status, reason: "from the console" }) });
      await caseView(id);
    } catch (e) { msg.textContent = (e as Error).message; msg.className = "error"; }
  }));
  (document.getElementById("note") as HTMLFormElement).onsubmit = async (ev) => {
    ev.preventDefault();
    const text = new FormData(ev.target as HTMLFormElement).get("text") as string;
    try { await api(`/cases/${id}/notes`, { method: "POST", body: JSON.stringify({ text }) }); await caseView(id); }
    catch (e) { msg.textContent = (e as Error).message; msg.className = "error"; }
  };
  for (const format of ["goaml", "fincen"]) {
    (document.getElementById(`dl-${format}`) as HTMLButtonElement).onclick = async () => {
      try {
        const xml: string = await api(`/cases/${id}/report?format=${format}`);
        const url = URL.createObjectURL(new Blob([xml], { type: "application/xml" }));
        const link = Object.assign(document.createElement("a"), { href: url, download: `case-${id}-${format}.xml` });
        link.click();
        msg.textContent = `${format} report written (${xml.length} bytes)`; msg.className = "ok";
      } catch (e) { msg.textContent = (e as Error).message; msg.className = "error"; }
    };
  }
}

// ---- tips -------------------------------------------------------------------------------------
async function tipsView() {
  const data = await api("/tips?limit=200");
  view.innerHTML = `<h2>Tips <span class="badge">${data.total}</span></h2>
    <form id="upload" class="card">Bulk upload (CSV, columns in docs/formats.md "Tips"):
      <input type="file" name="csv" accept=".csv,text/csv" data-testid="tips-csv">
      <button data-testid="upload-tips">Upload</button> <span id="upload-msg" data-testid="upload-msg"></span></form>
    <table data-testid="tips"><tr><th>#</th><th>Received</th><th>Place</th><th>Indicators</th><th>Grade</th><th>Status</th><th>From</th></tr>
    ${data.items.map((t: Json) => `<tr class="link ${t.urgent ? "urgent" : ""}" data-id="${t.id}" data-testid="tip-row">
      <td>${t.id} ${t.urgent ? '<span class="badge urgent">urgent</span>' : ""}</td><td>${when(t.received_at)}</td>
      <td>${esc(t.place)}</td><td>${esc(t.indicators.join(", "))}</td><td>${esc(t.reliability)}${t.credibility}</td>
      <td>${esc(t.status)}</td><td>${esc(t.channel)} · ${esc(t.submitted_by)}</td></tr>`).join("")}</table>`;
  view.querySelectorAll("tr.link").forEach((tr) =>
    tr.addEventListener("click", () => { location.hash = `#/tips/${(tr as HTMLElement).dataset.id}`; }));
  (document.getElementById("upload") as HTMLFormElement).onsubmit = async (ev) => {
    ev.preventDefault();
    const file = (new FormData(ev.target as HTMLFormElement).get("csv") as File | null);
    const msg = document.getElementById("upload-msg") as HTMLElement;
    if (!file || file.size === 0) { msg.textContent = "choose a CSV file first"; msg.className = "error"; return; }
    try {
      const r = await api("/tips/import", { method: "POST", body: await file.text() });
      msg.className = r.rejected ? "error" : "ok";
      msg.textContent = `read ${r.read}, accepted ${r.accepted}, rejected ${r.rejected}, duplicates ${r.duplicates}, urgent ${r.urgent}` +
        r.rejects.map((x: Json) => `\nline ${x.line}: ${x.reason}`).join("");
      if (r.accepted) setTimeout(() => tipsView().catch(showError), 1500);
    } catch (e) { msg.className = "error"; msg.textContent = (e as Error).message; }
  };
}

async function tipView(id: string) {
  const t = await api(`/tips/${id}`);
  view.innerHTML = `<h2>Tip ${t.id} ${t.urgent ? '<span class="badge urgent">urgent</span>' : ""}</h2>
    <div class="cols"><div class="card">
      <p><b>Seen</b> ${when(t.observed_at)} at ${esc(t.place)} ${t.latitude !== null ? `(${t.latitude}, ${t.longitude})` : ""}</p>
      <p><b>Urgency</b> ${esc(t.urgency_reasons.join("; ") || "none")}</p>
      <p><b>Indicators</b> ${esc(t.indicators.join(", "))}</p>
      <p><b>Vehicles</b> ${t.vehicles.map((v: Json) => esc(`${v.colour} ${v.make} ${v.model} ${v.plate} ${v.plate_region}`)).join("; ")}</p>
      <p><b>People</b> ${esc(t.people.join("; "))}</p>
      <p><b>Phones</b> ${esc(t.phones.join(", "))} <b>Handles</b> ${esc(t.handles.join(", "))}</p>
      <p>${esc(t.text)}</p>
      <p><b>Reference</b> ${esc(t.reference || "-")} · <b>from</b> ${esc(t.channel)} · ${esc(t.submitted_by)}</p>
      <p><b>Grade</b> reliability ${esc(t.reliability)}, credibility ${t.credibility}; ${t.contact_consent ? "may be contacted" : "no contact"}</p>
    </div><div class="card"><h3>Links</h3>
      <table data-testid="tip-links">${t.links.map((l: Json) => `<tr><td>${esc(l.target_kind)}</td><td>${
        l.target_kind === "tip" ? `<a href="#/tips/${esc(l.target_id)}">${esc(l.target_id)}</a>` : esc(l.target_id)}</td>
        <td>via ${esc(l.via_kind)} ${esc(l.via_value)}</td></tr>`).join("")}</table>
      <p>Alerts on linked accounts: ${t.alerts.map((a: number) => `<a href="#/alerts/${a}">${a}</a>`).join(", ") || "none"}</p>
      ${t.ads.length ? `<h3>Linked online ads</h3><table data-testid="tip-ads">${t.ads.map((a: Json) =>
        `<tr><td>${esc(a.id)}</td><td>${esc(a.date)}</td><td>${esc(a.site)}</td><td>${esc(a.city)}</td><td>${esc(a.text)}</td></tr>`).join("")}</table>` : ""}
    </div></div>`;
}

async function newTipView() {
  const inds = await api("/tips/indicators");
  view.innerHTML = `<h2>Report a tip</h2><form id="tip" class="card">
    <label>When did you see it? <input type="datetime-local" name="observed_at"></label>
    <label>Where? (address, exit, truck stop) <input type="text" name="place" data-testid="tip-place"></label>
    <label>Latitude, longitude (optional) <input type="text" name="coords" placeholder="32.7767, -96.7970"></label>
    <fieldset class="checks"><legend>What did you see?</legend>${inds.map((i: Json) =>
      `<label><input type="checkbox" name="ind" value="${esc(i.code)}" data-testid="ind-${esc(i.code)}"> ${esc(i.label)}</label>`).join("")}</fieldset>
    <fieldset><legend>Vehicle</legend>Make <input name="make" size="10"> Model <input name="model" size="10">
      Colour <input name="colour" size="8"> Plate <input name="plate" size="10" data-testid="tip-plate"> State/country <input name="plate_region" size="6"></fieldset>
    <label>Description of the people <textarea name="people" rows="2"></textarea></label>
    <label>Phone numbers (separate with ;) <input type="text" name="phones" data-testid="tip-phones"></label>
    <label>Online handles or ad ids (separate with ;) <input type="text" name="handles"></label>
    <label>What happened, in your words <textarea name="text" rows="4" data-testid="tip-text"></textarea></label>
    <label>How reliable are you as a source? <select name="reliability">${["A", "B", "C", "D", "E", "F"].map((r) =>
      `<option ${r === "F" ? "selected" : ""}>${r}</option>`).join("")}</select></label>
    <label>How sure is the information? (1 confirmed … 6 cannot judge) <select name="credibility">${[1, 2, 3, 4, 5, 6].map((c) =>
      `<option ${c === 6 ? "selected" : ""}>${c}</option>`).join("")}</select></label>
    <label><input type="checkbox" name="consent"> You may contact me: <input type="text" name="contact" size="24"></label>
    <button data-testid="submit-tip">Submit tip</button></form><p id="tip-msg" data-testid="tip-msg"></p>`;
  (document.getElementById("tip") as HTMLFormElement).onsubmit = async (ev) => {
    ev.preventDefault();
    const f = new FormData(ev.target as HTMLFormElement);
    const s = (k: string) => ((f.get(k) as string) ?? "").trim();
    const doc: Json = { place: s("place"), indicators: f.getAll("ind"), text: s("text"),
      phones: s("phones"), handles: s("handles"), people: s("people") ? [s("people")] : [],
      reliability: s("reliability"), credibility: Number(s("credibility")),
      contact_consent: f.get("consent") === "on", reporter_contact: f.get("consent") === "on" ? s("contact") : "" };
    if (s("observed_at")) doc.observed_at = new Date(s("observed_at")).toISOString().slice(0, 19) + "Z";
    if (s("coords")) { const [lat, lon] = s("coords").split(",").map(Number); doc.latitude = lat; doc.longitude = lon; }
    if (s("make") || s("model") || s("colour") || s("plate")) {
      doc.vehicles = [{ make: s("make"), model: s("model"), colour: s("colour"), plate: s("plate"), plate_region: s("plate_region") }];
    }
    const msg = document.getElementById("tip-msg") as HTMLElement;
    try {
      const t = await api("/tips?channel=web", { method: "POST", body: JSON.stringify(doc) });
      msg.className = "ok";
      msg.textContent = `Thank you. Tip ${t.id} is recorded${t.urgent ? " and marked URGENT" : ""}; ${t.links.length} links found.`;
      (ev.target as HTMLFormElement).reset();
    } catch (e) { msg.className = "error"; msg.textContent = (e as Error).message; }
  };
}

// ---- catalog and audit ------------------------------------------------------------------------
async function indicatorsView() {
  const [cat, tips] = await Promise.all([api("/indicators"), api("/tips/indicators")]);
  view.innerHTML = `<h2>Detection indicators</h2><table data-testid="catalog"><tr><th>Id</th><th>Title</th><th>Level</th><th>Threshold</th><th>Source</th></tr>
    ${cat.map((i: Json) => `<tr><td>${esc(i.id)}</td><td>${esc(i.title)}</td><td>${esc(i.level)}</td><td>${i.threshold}</td><td>${esc(i.source)}</td></tr>`).join("")}</table>
    <h2>Tip pick-list</h2><table><tr><th>Code</th><th>Label</th><th>Urgent</th><th>Source</th></tr>
    ${tips.map((i: Json) => `<tr><td>${esc(i.code)}</td><td>${esc(i.label)}</td><td>${i.urgent ? "yes" : ""}</td><td>${esc(i.source)}</td></tr>`).join("")}</table>`;
}

async function auditView() {
  const events = await api("/audit?limit=500");
  view.innerHTML = `<h2>Audit trail (newest first)</h2><table><tr><th>When</th><th>Who</th><th>Action</th><th>Object</th><th>Detail</th></tr>
    ${events.map((e: Json) => `<tr><td>${when(e.at)}</td><td>${esc(e.actor)}</td><td>${esc(e.action)}</td><td>${esc(e.object)}</td><td>${esc(e.detail)}</td></tr>`).join("")}</table>`;
}

// ---- routing ----------------------------------------------------------------------------------
async function route() {
  const [path, query] = location.hash.slice(1).split("?");
  const params = new URLSearchParams(query ?? "");
  if (!sessionStorage.getItem("tiphub.token") || path === "/login") return loginView();
  try {
    if (!me) await loadMe();
    view.innerHTML = "<p>Loading…</p>";
    let m: RegExpMatchArray | null;
    if ((m = path.match(/^\/alerts\/(\d+)$/))) return await alertView(m[1]);
    if ((m = path.match(/^\/cases\/(\d+)$/))) return await caseView(m[1]);
    if (path === "/tips/new") return await newTipView();
    if ((m = path.match(/^\/tips\/(\d+)$/))) return await tipView(m[1]);
    if (path === "/tips") return await tipsView();
    if (path === "/cases") return await casesView();
    if (path === "/indicators") return await indicatorsView();
    if (path === "/audit") return await auditView();
    if (me.permissions.includes("read alerts")) return await alertsView(params);
    return await newTipView();
  } catch (e) {
    view.innerHTML = "";
    showError(e);
  }
}

(document.getElementById("logout") as HTMLButtonElement).onclick = () => {
  sessionStorage.removeItem("tiphub.token");
  me = null;
  location.hash = "#/login";
  location.reload();
};
window.addEventListener("hashchange", route);
route();
