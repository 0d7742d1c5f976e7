// Kiểu mẫu offline web forms: the host page around ODK Web Forms.
//
// - Forms: formList -> each form's XML and manifest media are kept in IndexedDB, refreshed
//   only when their md5 hashes change, so every form opens with no connection.
// - Filling: ODK Web Forms renders the XForm; jr:// attachments come from IndexedDB.
// - Outbox: a finished submission (instance XML bytes + attachment files) is stored first,
//   then POSTed to /submission the way ODK Collect does (xml_submission_file + one part per
//   file named by the file). Only a 201 marks it sent; the XML bytes never change, so a retry
//   is an identical resend the server accepts as such.
// - Drafts: the unfinished instance is saved and reopened through the engine's editInstance.
//
// No framework of our own; Vue and the engine are loaded only when a form is opened.

const CONFIG = JSON.parse(document.getElementById("kieumau-config").textContent);
const BASE = CONFIG.base; // /key/<token>
const OR_HEADERS = { "X-OpenRosa-Version": "1.0" };
const $ = (id) => document.getElementById(id);

// ---- IndexedDB -------------------------------------------------------------------------

const STORES = ["forms", "media", "drafts", "outbox"];
let dbPromise = null;

async function dbName() {
  // One database per user (a shared laptop at the cultural house), without the token in it.
  const bytes = new TextEncoder().encode(BASE);
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  const hex = Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, "0"));
  return "kieumau-" + hex.join("");
}

function openDb() {
  dbPromise ??= dbName().then(
    (name) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open(name, 1);
        req.onupgradeneeded = () => {
          for (const s of STORES) req.result.createObjectStore(s, { keyPath: "id" });
        };
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      }),
  );
  return dbPromise;
}

async function tx(store, mode, fn) {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const t = db.transaction(store, mode);
    const s = t.objectStore(store);
    let result;
    Promise.resolve(fn(s)).then((r) => (result = r));
    t.oncomplete = () => resolve(result);
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error || new Error("IndexedDB transaction aborted"));
  });
}

const req = (r) => new Promise((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
const idb = {
  get: (store, id) => tx(store, "readonly", (s) => req(s.get(id))),
  all: (store) => tx(store, "readonly", (s) => req(s.getAll())),
  put: (store, value) => tx(store, "readwrite", (s) => req(s.put(value))),
  del: (store, id) => tx(store, "readwrite", (s) => req(s.delete(id))),
};

// ---- small helpers ---------------------------------------------------------------------

function sameOrigin(url) {
  // The server builds absolute URLs from its PUBLIC_URL; the phone may know it by another
  // name (an IP address at the cultural house), so keep only path and query.
  const u = new URL(url, location.href);
  return u.pathname + u.search;
}

function deviceId() {
  let id = localStorage.getItem("kieumau-device");
  if (!id) {
    id = "web:" + crypto.randomUUID().replaceAll("-", "").slice(0, 16);
    localStorage.setItem("kieumau-device", id);
  }
  return id;
}

function parseXml(text) {
  const doc = new DOMParser().parseFromString(text, "text/xml");
  if (doc.getElementsByTagName("parsererror").length) throw new Error("XML không đọc được");
  return doc;
}

function childText(el, name) {
  for (const c of el.children) if (c.localName === name) return c.textContent.trim();
  return "";
}

function firstText(doc, localName) {
  const el = Array.from(doc.getElementsByTagName("*")).find((e) => e.localName === localName);
  return el ? el.textContent.trim() : "";
}

function responseMessage(text) {
  // Collect reads the first unprefixed <message>; do the same, tolerating HTML error pages.
  const m = /<message[^>]*>([\s\S]*?)<\/message>/.exec(text || "");
  if (!m) return "";
  const el = document.createElement("textarea");
  el.innerHTML = m[1];
  return el.value.trim();
}

function when(ts) {
  return new Date(ts).toLocaleString("vi-VN", { dateStyle: "short", timeStyle: "short" });
}

function notice(text, kind = "info") {
  const el = $("notice");
  el.textContent = text;
  el.dataset.kind = kind;
  el.hidden = !text;
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null) e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

async function getOk(url) {
  const res = await fetch(sameOrigin(url), { headers: OR_HEADERS, cache: "no-cache" });
  if (!res.ok) throw new Error(`${res.status} ${responseMessage(await res.text()) || res.statusText}`);
  return res;
}

// ---- forms and their media -------------------------------------------------------------

const OR_LIST = "http://openrosa.org/xforms/xformsList";
const OR_MANIFEST = "http://openrosa.org/xforms/xformsManifest";

async function refreshForms() {
  const doc = parseXml(await (await getOk(BASE + "/formList")).text());
  const listed = Array.from(doc.getElementsByTagNameNS(OR_LIST, "xform")).map((x) => ({
    id: childText(x, "formID"),
    name: childText(x, "name"),
    version: childText(x, "version"),
    hash: childText(x, "hash"),
    downloadUrl: childText(x, "downloadUrl"),
    manifestUrl: childText(x, "manifestUrl"),
  }));
  // All forms at once: on a slow link the round trips, not the bytes, would add up.
  const changed = await Promise.all(
    listed.map(async (f) => {
      const old = await idb.get("forms", f.id);
      const fresh = !old || old.hash !== f.hash;
      const [xml, media] = await Promise.all([
        fresh ? getOk(f.downloadUrl).then((r) => r.text()) : old.xml,
        f.manifestUrl ? refreshMedia(f.id, f.manifestUrl) : [],
      ]);
      await idb.put("forms", { ...f, xml, media, checked: Date.now() });
      return fresh;
    }),
  );
  const keep = new Set(listed.map((f) => f.id));
  for (const old of await idb.all("forms")) {
    if (!keep.has(old.id)) await idb.del("forms", old.id); // drafts and outbox stay
  }
  return { count: listed.length, changed: changed.filter(Boolean).length };
}

async function refreshMedia(formId, manifestUrl) {
  const doc = parseXml(await (await getOk(manifestUrl)).text());
  const files = Array.from(doc.getElementsByTagNameNS(OR_MANIFEST, "mediaFile"));
  return Promise.all(
    files.map(async (m) => {
      const filename = childText(m, "filename");
      const hash = childText(m, "hash");
      const key = formId + "/" + filename;
      const old = await idb.get("media", key);
      if (old && old.hash === hash) return filename; // unchanged household list, photo ...
      const res = await getOk(childText(m, "downloadUrl"));
      const type = (res.headers.get("Content-Type") || "application/octet-stream").split(";")[0];
      await idb.put("media", { id: key, hash, type, data: await res.arrayBuffer() });
      return filename;
    }),
  );
}

async function attachment(formId, url) {
  // jr://file-csv/households.csv, jr://images/logo.png ... -> the stored copy of that file.
  const name = decodeURIComponent(String(url.href ?? url).split("/").pop());
  const found = await idb.get("media", formId + "/" + name);
  if (!found) return new Response("", { status: 404, statusText: "Not Found" });
  return new Response(new Blob([found.data], { type: found.type }), {
    status: 200,
    headers: { "Content-Type": found.type },
  });
}

// ---- outbox ----------------------------------------------------------------------------

async function payloadRecord(payload) {
  // The engine's InstanceData is a FormData: xml_submission_file + one File per attachment.
  const data = payload.data[0];
  let xml = null;
  const files = [];
  for (const [name, file] of data.entries()) {
    if (name === "xml_submission_file") xml = await file.arrayBuffer();
    else files.push({ name, type: file.type || "application/octet-stream", data: await file.arrayBuffer() });
  }
  const doc = parseXml(new TextDecoder().decode(xml));
  return { xml, files, instanceId: firstText(doc, "instanceID"), label: firstText(doc, "instanceName") };
}

function withoutDeprecatedId(xml) {
  // A resumed draft is loaded in the engine's edit mode, which adds meta/deprecatedID; the
  // draft was never on the server, so the submission must not claim to replace it.
  const text = new TextDecoder().decode(xml);
  const cleaned = text.replace(/<(\w+:)?deprecatedID(\s[^>]*)?(\/>|>[^<]*<\/(\w+:)?deprecatedID>)/g, "");
  return cleaned === text ? xml : new TextEncoder().encode(cleaned).buffer;
}

// ---- what a card says: the chosen household by name, not by code ----------------------

function parseCsv(text) {
  // RFC 4180: quoted fields may hold commas, quotes ("") and line breaks.
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[i++];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

function csvChoices(formXml) {
  // select_one_from_file questions: [answer's element name, CSV file name].
  const doc = parseXml(formXml);
  const all = Array.from(doc.getElementsByTagName("*"));
  const files = {};
  for (const inst of all.filter((e) => e.localName === "instance")) {
    const src = inst.getAttribute("src") || "";
    if (src.startsWith("jr://file-csv/")) files[inst.getAttribute("id")] = src.split("/").pop();
  }
  const out = [];
  for (const sel of all.filter((e) => e.localName === "select1")) {
    const itemset = Array.from(sel.children).find((c) => c.localName === "itemset");
    const m = /instance\('([^']+)'\)/.exec(itemset?.getAttribute("nodeset") || "");
    const ref = sel.getAttribute("ref") || "";
    if (m && files[m[1]] && ref) out.push([ref.split("/").pop(), files[m[1]]]);
  }
  return out;
}

async function describe(form, xml) {
  // "Nguyễn Văn An – Số 1 ngõ 2" for the card of a household chosen by its code.
  try {
    const doc = parseXml(new TextDecoder().decode(xml));
    const parts = [];
    for (const [name, file] of csvChoices(form.xml)) {
      const value = firstText(doc, name);
      const media = value && (await idb.get("media", form.id + "/" + file));
      if (!media) continue;
      const [head, ...rows] = parseCsv(new TextDecoder().decode(media.data));
      const row = rows.find((r) => r[head.indexOf("name")] === value);
      const label = row && row[head.indexOf("label")];
      if (label) parts.push(label);
    }
    return parts.join(" · ");
  } catch {
    return ""; // a card without details is better than no card
  }
}

async function addToOutbox(form, payload, draftId) {
  const rec = await payloadRecord(payload);
  rec.xml = withoutDeprecatedId(rec.xml);
  const id = rec.instanceId || "uuid:" + crypto.randomUUID();
  await idb.put("outbox", {
    id,
    formId: form.id,
    formName: form.name,
    label: rec.label,
    detail: await describe(form, rec.xml),
    xml: rec.xml,
    files: rec.files,
    state: "pending",
    message: "",
    status: null,
    tries: 0,
    created: Date.now(),
  });
  if (draftId) await idb.del("drafts", draftId);
  return id;
}

async function sendOne(rec) {
  const body = new FormData();
  body.append("xml_submission_file", new Blob([rec.xml], { type: "text/xml" }), "submission.xml");
  for (const f of rec.files) body.append(f.name, new Blob([f.data], { type: f.type }), f.name);
  rec.tries += 1;
  rec.last = Date.now();
  let res;
  try {
    const url = `${BASE}/submission?deviceID=${encodeURIComponent(deviceId())}`;
    res = await fetch(url, { method: "POST", body, headers: OR_HEADERS });
  } catch {
    rec.state = "pending";
    // The phone may be online while the server is not reachable (its Wi-Fi has no internet,
    // the server is down): say which, the volunteer acts differently.
    rec.message = navigator.onLine
      ? "Chưa gửi được: không kết nối được máy chủ. Sẽ tự gửi lại sau."
      : "Chưa gửi được: không có mạng. Sẽ gửi lại khi có mạng.";
    await idb.put("outbox", rec);
    return "offline";
  }
  const text = await res.text().catch(() => "");
  rec.status = res.status;
  rec.message = responseMessage(text);
  if (res.status === 201) {
    rec.state = "sent";
    rec.sent = Date.now();
    rec.files = rec.files.map((f) => ({ name: f.name, type: f.type, data: new ArrayBuffer(0), size: f.data.byteLength }));
  } else if (res.status >= 400 && res.status < 500 && ![408, 429].includes(res.status)) {
    rec.state = "refused"; // the server read it and said no: keep it with the reason
    rec.message ||= `Máy chủ từ chối (${res.status})`;
  } else {
    rec.state = "pending"; // 5xx, or a 200 from a Wi-Fi login page: try again later
    rec.message = `Chưa gửi được (${res.status}${rec.message ? ": " + rec.message : ""}). Sẽ thử lại.`;
  }
  await idb.put("outbox", rec);
  return rec.state;
}

let syncing = null;

function sync({ includeRefused = false } = {}) {
  // One run at a time, and one tab at a time where the browser has Web Locks.
  syncing ??= (async () => {
    const run = async () => {
      let offline = false;
      for (const rec of await idb.all("outbox")) {
        if (rec.state === "sent" || (rec.state === "refused" && !includeRefused)) continue;
        if ((await sendOne(rec)) === "offline") {
          offline = true;
          break;
        }
      }
      if (!offline) {
        try {
          await refreshForms();
        } catch {
          offline = true;
        }
      }
      return offline;
    };
    try {
      const offline = navigator.locks ? await navigator.locks.request("kieumau-sync", run) : await run();
      setNet(!offline);
    } finally {
      syncing = null;
      await render();
    }
  })();
  return syncing;
}

// ---- the page --------------------------------------------------------------------------

const STATES = {
  pending: "Chờ gửi",
  sent: "Đã gửi",
  refused: "Bị từ chối",
};

const NET = {
  yes: "Có mạng",
  no: "Ngoại tuyến",
  unreachable: "Không kết nối được máy chủ",
};

function setNet(reached) {
  // reached: the server answered (true), or not (false): offline, or online but unreachable.
  const state = reached ? "yes" : navigator.onLine ? "unreachable" : "no";
  const net = $("net");
  net.textContent = NET[state];
  net.dataset.online = state;
}

async function render() {
  const forms = (await idb.all("forms")).sort((a, b) => a.name.localeCompare(b.name, "vi"));
  $("forms").replaceChildren(
    ...forms.map((f) =>
      el(
        "li",
        { class: "card" },
        el("span", { class: "title" }, f.name),
        el("span", { class: "muted small" }, `phiên bản ${f.version}`),
        el("button", { type: "button", "data-form": f.id, onclick: () => openForm(f.id) }, "Mở phiếu"),
      ),
    ),
  );
  $("forms-state").textContent = forms.length ? "" : "Chưa có biểu mẫu nào trên máy. Hãy kết nối mạng để tải về.";
  $("forms-state").hidden = !forms.length ? false : true;

  const drafts = (await idb.all("drafts")).sort((a, b) => b.saved - a.saved);
  $("drafts").replaceChildren(
    ...drafts.map((d) =>
      el(
        "li",
        { class: "card" },
        el("span", { class: "title" }, d.label || d.formName),
        ...(d.detail ? [el("span", { class: "detail" }, d.detail)] : []),
        el("span", { class: "muted small" }, `Lưu lúc ${when(d.saved)}`),
        el("button", { type: "button", onclick: () => openForm(d.formId, d) }, "Tiếp tục"),
        el("button", { type: "button", class: "quiet", onclick: () => dropDraft(d) }, "Xoá"),
      ),
    ),
  );
  if (!drafts.length) $("drafts").append(el("li", { class: "muted" }, "Không có bản nháp."));

  const items = (await idb.all("outbox")).sort((a, b) => b.created - a.created);
  $("outbox").replaceChildren(
    ...items.map((r) => {
      const li = el(
        "li",
        { class: "card", "data-state": r.state, "data-id": r.id },
        el("span", { class: "title" }, r.label || r.formName),
        ...(r.detail ? [el("span", { class: "detail" }, r.detail)] : []),
        el("span", { class: "state" }, STATES[r.state] || r.state),
        el("span", { class: "muted small" }, `${when(r.created)} · ${r.files.length} tệp`),
      );
      if (r.message) li.append(el("span", { class: "message" }, r.message));
      if (r.state === "refused") li.append(el("button", { type: "button", onclick: () => retry(r.id) }, "Gửi lại"));
      return li;
    }),
  );
  if (!items.length) $("outbox").append(el("li", { class: "muted" }, "Hộp thư đi trống."));
  const waiting = items.filter((r) => r.state === "pending").length;
  $("sync").textContent = waiting ? `Gửi ${waiting} bài và cập nhật` : "Cập nhật biểu mẫu";
}

async function retry(id) {
  const rec = await idb.get("outbox", id);
  if (!rec) return;
  await sendOne(rec);
  await render();
}

async function dropDraft(d) {
  if (!confirm("Xoá bản nháp này?")) return;
  await idb.del("drafts", d.id);
  await render();
}

// ---- the form view ---------------------------------------------------------------------

let current = null; // { app, vm, form, draftId }
let engine = null;

function loadEngine() {
  engine ??= Promise.all([import("vue"), import("@getodk/web-forms")]);
  return engine;
}

function findRootNode(vnode, depth = 0) {
  // The engine's root node (prepareInstancePayload) is given to its form header as `form`.
  if (!vnode || depth > 400) return null;
  const c = vnode.component;
  if (c) {
    const form = c.props && c.props.form;
    if (form && typeof form.prepareInstancePayload === "function") return form;
    return findRootNode(c.subTree, depth + 1);
  }
  if (Array.isArray(vnode.children)) {
    for (const child of vnode.children) {
      const found = findRootNode(child, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

async function openForm(formId, draft = null) {
  const form = await idb.get("forms", formId);
  if (!form) {
    notice("Biểu mẫu này chưa có trên máy. Hãy kết nối mạng rồi bấm “Cập nhật biểu mẫu”.", "error");
    return;
  }
  notice("");
  const [vue, wf] = await loadEngine();
  closeForm();
  $("home").hidden = true;
  $("formview").hidden = false;
  window.scrollTo(0, 0);
  const host = el("div");
  $("formhost").replaceChildren(host);
  const props = {
    formXml: form.xml,
    fetchFormAttachment: (url) => attachment(formId, url),
    trackDevice: true,
    preloadProperties: { deviceID: deviceId() },
    onSubmit: async (payload, callback) => {
      const draftId = await stopDrafts();
      await addToOutbox(form, payload, draftId);
      callback({ next: wf.POST_SUBMIT__NEW_INSTANCE });
      closeForm();
      notice("Đã lưu bài vào hộp thư đi.", "ok");
      await render();
      if (navigator.onLine) sync();
    },
  };
  if (draft) {
    props.editInstance = {
      resolveInstance: async () => new TextDecoder().decode(draft.xml),
      attachmentFileNames: draft.files.map((f) => f.name),
      resolveAttachment: async (name) => {
        const f = draft.files.find((x) => x.name === name);
        return new Response(new Blob([f.data], { type: f.type }), { headers: { "Content-Type": f.type } });
      },
    };
  }
  const app = vue.createApp({ render: () => vue.h(wf.OdkWebForm, props) });
  app.use(wf.webFormsPlugin);
  // PrimeVue's own texts and date format (dd/mm/yy) in Vietnamese: its supported locale setting.
  const primevue = app.config.globalProperties.$primevue.config;
  primevue.locale = { ...primevue.locale, ...CONFIG.primevue };
  const vm = app.mount(host);
  current = { app, vm, form, draftId: draft ? draft.id : null, dirty: false, timer: 0, saving: null, stopped: false };
  $("draft-state").textContent = draft ? `Bản nháp lúc ${when(draft.saved)}` : "";
}

function closeForm() {
  if (current) current.app.unmount();
  current = null;
  $("formhost").replaceChildren();
  $("formview").hidden = true;
  $("home").hidden = false;
}

// ---- drafts, saved as the volunteer goes ------------------------------------------------
// Every answer marks the form changed; a second later (and at once when the page is hidden,
// which is the last chance before a phone kills the tab) the unfinished instance is stored in
// IndexedDB. "Bản nháp" lists it after a reload, and it reopens offline.

const DRAFT_DELAY = 1000;

function formChanged() {
  if (!current || current.stopped) return;
  current.dirty = true;
  clearTimeout(current.timer);
  current.timer = setTimeout(() => storeDraft(), DRAFT_DELAY);
}

function storeDraft() {
  const c = current;
  if (!c || c.stopped || !c.dirty) return c?.saving ?? Promise.resolve();
  c.dirty = false;
  clearTimeout(c.timer);
  c.saving = (c.saving || Promise.resolve()).then(() => writeDraft(c)).catch((e) => {
    c.dirty = true;
    notice("Chưa lưu được nháp: " + e.message, "error");
  });
  return c.saving;
}

async function writeDraft(c) {
  const root = findRootNode(c.vm.$.subTree);
  if (!root || c.stopped) return;
  const payload = await root.prepareInstancePayload({ payloadType: "monolithic" });
  const rec = await payloadRecord(payload);
  if (c.stopped) return; // sent meanwhile: the outbox has it
  c.draftId ||= "draft:" + crypto.randomUUID();
  const saved = Date.now();
  await idb.put("drafts", {
    id: c.draftId,
    formId: c.form.id,
    formName: c.form.name,
    label: rec.label,
    detail: await describe(c.form, rec.xml),
    xml: rec.xml,
    files: rec.files,
    saved,
  });
  const time = new Date(saved).toLocaleTimeString("vi-VN", { timeStyle: "short" });
  if (current === c) $("draft-state").textContent = `Đã lưu nháp ${time}`;
}

async function stopDrafts() {
  // Sending: no draft may be written after the outbox has the submission.
  if (!current) return null;
  clearTimeout(current.timer);
  current.stopped = true;
  await current.saving;
  return current.draftId;
}

async function saveDraft() {
  if (!current) return;
  current.dirty = true;
  await storeDraft();
  if (!current || !current.draftId) {
    notice("Phiếu chưa sẵn sàng để lưu nháp.", "error");
    return;
  }
  closeForm();
  notice("Đã lưu nháp. Mở lại ở mục “Bản nháp”.", "ok");
  await render();
}

async function leaveForm() {
  const kept = current && (current.dirty || current.draftId);
  await storeDraft();
  closeForm();
  if (kept) notice("Đã lưu nháp. Mở lại ở mục “Bản nháp”.", "ok");
  await render();
}

function watchAnswers() {
  const host = $("formhost");
  host.addEventListener("input", formChanged);
  host.addEventListener("change", formChanged);
  // Lists, dialogs (location) and the calendar open outside the form's element.
  document.addEventListener("click", (e) => {
    if (e.target.closest && e.target.closest("#formhost, .p-select-overlay, .p-dialog, .p-datepicker-panel")) formChanged();
  });
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && storeDraft());
  window.addEventListener("pagehide", () => storeDraft());
}

// ---- decimals either way ---------------------------------------------------------------
// The engine's number box (PrimeVue InputNumber) follows the browser's locale: in Vietnamese
// "," is the decimal sign and "." groups thousands, so "75.5" became 755. In a decimal
// question both signs mean the decimal point; the box shows the locale's sign ("75,5").

const DECIMAL_SIGN = new Intl.NumberFormat().formatToParts(1.5).find((p) => p.type === "decimal").value;
const OTHER_SIGN = DECIMAL_SIGN === "," ? "." : ",";

function decimalNodeIds(node, out = new Set()) {
  if (!node) return out;
  if (node.valueType === "decimal" && node.nodeId) out.add(node.nodeId);
  for (const child of node.currentState?.children ?? []) decimalNodeIds(child, out);
  return out;
}

function markDecimalInputs() {
  // The engine asks for a digits-only keyboard (inputmode=numeric) even for decimals.
  if (!current) return;
  for (const id of decimalNodeIds(findRootNode(current.vm.$.subTree))) {
    const input = document.getElementById(id)?.querySelector("input");
    if (input && input.dataset.decimal !== "yes") {
      input.dataset.decimal = "yes";
      input.setAttribute("inputmode", "decimal");
    }
  }
}

function typeInto(input, text) {
  // Through the number box's own key handling, so its caret and formatting stay right.
  for (const key of text) {
    const k = key === OTHER_SIGN ? DECIMAL_SIGN : key;
    input.dispatchEvent(new KeyboardEvent("keypress", { key: k, bubbles: true, cancelable: true }));
  }
}

function isDecimalInput(target) {
  return target instanceof HTMLInputElement && target.dataset.decimal === "yes";
}

function acceptBothDecimalSigns() {
  let pending = 0;
  new MutationObserver(() => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(markDecimalInputs);
  }).observe($("formhost"), { childList: true, subtree: true });
  window.addEventListener(
    "keypress",
    (e) => {
      if (!isDecimalInput(e.target) || e.key !== OTHER_SIGN) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      typeInto(e.target, DECIMAL_SIGN);
    },
    true,
  );
  window.addEventListener(
    "beforeinput",
    (e) => {
      // Phone keyboards that send no keypress insert text directly.
      if (!isDecimalInput(e.target) || e.inputType !== "insertText" || !(e.data || "").includes(OTHER_SIGN)) return;
      e.preventDefault();
      typeInto(e.target, e.data);
    },
    true,
  );
  window.addEventListener(
    "paste",
    (e) => {
      const text = (e.clipboardData || window.clipboardData)?.getData("text") || "";
      if (!isDecimalInput(e.target) || !text.includes(OTHER_SIGN) || text.includes(DECIMAL_SIGN)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      typeInto(e.target, text.trim());
    },
    true,
  );
  window.addEventListener(
    "blur",
    (e) => {
      // Anything else that left the other sign in the box: read it as the decimal point.
      if (isDecimalInput(e.target) && e.target.value.includes(OTHER_SIGN) && !e.target.value.includes(DECIMAL_SIGN)) {
        e.target.value = e.target.value.replace(OTHER_SIGN, DECIMAL_SIGN);
      }
    },
    true,
  );
}

// ---- start -----------------------------------------------------------------------------

async function start() {
  $("back").addEventListener("click", leaveForm);
  watchAnswers();
  $("save-draft").addEventListener("click", saveDraft);
  acceptBothDecimalSigns();
  $("sync").addEventListener("click", () => sync({ includeRefused: false }));
  window.addEventListener("online", () => sync());
  window.addEventListener("offline", () => setNet(false));
  if (navigator.onLine) Object.assign($("net"), { textContent: "Đang kết nối…" });
  else setNet(false);
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register(CONFIG.sw, { scope: BASE + "/" }).catch((e) => console.warn("service worker", e));
  }
  if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
  await render();
  if (navigator.onLine) {
    await sync();
  }
  document.body.dataset.ready = "yes";
  setInterval(async () => {
    const waiting = (await idb.all("outbox")).some((r) => r.state === "pending");
    if (waiting && navigator.onLine) sync();
  }, 60000);
}

start().catch((e) => notice("Lỗi khởi động: " + e.message, "error"));
