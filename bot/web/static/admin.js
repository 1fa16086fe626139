"use strict";
// The staff page: a LINE-faithful simulator, charts drawn here as SVG (no CDN: the page works offline),
// unanswered → edit, disaster mode and notices. Every POST goes to our own origin (the door checks it).
const chat = document.getElementById("chat");
function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

async function api(path, body) {
  const init = body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  const response = await fetch(path, { credentials: "same-origin", ...init });
  if (response.status === 401) { location.reload(); throw new Error("login"); }
  const data = await response.json();
  data._status = response.status;
  return data;
}

// ---- simulator ---------------------------------------------------------------------------------
// The language the simulated resident uses. Hook for the languages work: the select is filled and enabled
// there, and the value travels with every simulated message.
function simulatorLanguage() { return document.getElementById("sim-lang").value || "ja"; }

function userSays(text) {
  const row = el("div", "row user");
  row.appendChild(el("div", "bubble-text", text));
  chat.appendChild(row);
  chat.scrollTop = chat.scrollHeight;
}

function doAction(action) {
  if (!action) return;
  if (action.type === "postback") {
    userSays(action.displayText || action.label);
    api("/admin/api/postback", { data: action.data, lang: simulatorLanguage() }).then(showReply);
  } else if (action.type === "message") {
    ask(action.text);
  } else if (action.type === "location") {
    shareLocation();
  } else if (action.type === "uri") {
    window.open(action.uri, "_blank", "noopener");
  }
}

function renderFlexNode(node) {
  if (node.type === "box") {
    const box = el("div", "box-" + (node.layout || "vertical"));
    for (const child of node.contents || []) {
      const part = renderFlexNode(child);
      if (node.layout !== "vertical" && child.flex !== undefined) part.style.flex = String(child.flex);
      box.appendChild(part);
    }
    return box;
  }
  if (node.type === "text") {
    const text = el("span", "flex-text s-" + (node.size || "md") + (node.weight === "bold" ? " w-bold" : ""), node.text);
    if (node.color) text.style.color = node.color;
    return text;
  }
  if (node.type === "button") {
    const action = node.action || {};
    let button;
    if (action.type === "uri") {
      button = el("a", "flex-button " + (node.style || "link"), action.label);
      button.href = action.uri;  // tel: links dial on a phone, as in LINE
      if (!action.uri.startsWith("tel:")) { button.target = "_blank"; button.rel = "noopener"; }
    } else {
      button = el("button", "flex-button " + (node.style || "link"), action.label);
      button.type = "button";
      button.addEventListener("click", () => doAction(action));
    }
    if (node.style === "primary" && node.color) button.style.background = node.color;
    return button;
  }
  if (node.type === "separator") return el("hr");
  return el("span", "", "");
}

function renderBubble(bubble) {
  const card = el("div", "flex-bubble");
  card.dataset.testid = "flex-bubble";
  for (const part of ["header", "body", "footer"]) {
    if (!bubble[part]) continue;
    const wrap = el("div", "flex-" + (part === "footer" ? "footer" : "body"));
    wrap.appendChild(renderFlexNode(bubble[part]));
    card.appendChild(wrap);
  }
  return card;
}

// The messages of one reply as LINE draws them, into `target`.
function renderMessages(messages, target) {
  for (const message of messages) {
    const row = el("div", "row bot");
    if (message.type === "text") {
      row.appendChild(el("div", "bubble-text", message.text));
    } else if (message.type === "flex") {
      const contents = message.contents;
      const bubbles = contents.type === "carousel" ? contents.contents : [contents];
      const holder = el("div", "carousel");
      holder.dataset.testid = "flex";
      holder.setAttribute("aria-label", message.altText);
      bubbles.forEach((b) => holder.appendChild(renderBubble(b)));
      row.appendChild(holder);
    } else if (message.type === "image") {
      row.appendChild(el("div", "bubble-text", "[画像]"));
    }
    target.appendChild(row);
  }
}

// LINE shows only the LAST message's quick reply, so only that one becomes chips here.
function lastChips(messages) {
  const last = messages[messages.length - 1];
  return last && last.quickReply ? last.quickReply.items : null;
}

function showChips(items) {
  const holder = document.getElementById("chips-holder");
  holder.replaceChildren();
  if (!items) return;
  const bar = el("div", "chips");
  for (const item of items) {
    const label = item.action.type === "location" ? "📍 " + (item.action.label || "位置情報") : item.action.label;
    const chip = el("button", "chip", label);
    chip.type = "button";
    chip.addEventListener("click", () => { holder.replaceChildren(); doAction(item.action); });
    bar.appendChild(chip);
  }
  holder.appendChild(bar);
}

function showReply(reply) {
  const messages = reply.messages || [];
  renderMessages(messages, chat);
  const info = el("div", "candidates",
    `判定: ${reply.kind}` + (reply.candidates && reply.candidates.length
      ? " / 候補: " + reply.candidates.slice(0, 3).map((c) => `${c.title} ${c.score.toFixed(2)}`).join("、") : ""));
  info.dataset.testid = "kind";
  chat.appendChild(info);
  showChips(lastChips(messages));
  chat.scrollTop = chat.scrollHeight;
}

function ask(text) {
  userSays(text);
  return api("/admin/api/ask", { text, lang: simulatorLanguage() }).then(showReply);
}

function shareLocation() {
  const answer = prompt("送る位置(緯度,経度)", "36.0657,139.5222");
  if (!answer) return;
  const [latitude, longitude] = answer.split(",").map((v) => Number(v.trim()));
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return;
  userSays(`📍 位置情報 (${latitude}, ${longitude})`);
  api("/admin/api/location", { latitude, longitude }).then(showReply);
}

document.getElementById("share-location").addEventListener("click", shareLocation);
document.getElementById("ask").addEventListener("submit", (event) => {
  event.preventDefault();
  const input = document.getElementById("question");
  const text = input.value.trim();
  if (text) { input.value = ""; ask(text); }
});

function showMenu(menu) {
  const box = document.getElementById("richmenu");
  box.replaceChildren();
  box.dataset.mode = menu.mode;
  for (const b of menu.buttons) {
    const button = el("button", "", b.label);
    button.type = "button";
    button.style.background = b.color;
    button.addEventListener("click", () => doAction({ type: "postback", data: b.data, displayText: b.display, label: b.label }));
    box.appendChild(button);
  }
}

// ---- disaster mode -----------------------------------------------------------------------------
function showMode(state) {
  document.body.classList.toggle("disaster", state.disaster);
  document.getElementById("disaster-switch").checked = state.disaster;
  document.getElementById("disaster-state").textContent = state.disaster ? "災害モード: オン" : "災害モード: オフ";
  showMenu(state.menu);
}

document.getElementById("disaster-switch").addEventListener("change", async (event) => {
  const wanted = event.target.checked;
  const what = wanted ? "災害モードをオンにします。すべての返事が変わります。よろしいですか？" : "災害モードをオフにします。";
  if (!confirm(what)) { event.target.checked = !wanted; return; }
  const state = await api("/admin/api/mode", { disaster: wanted });
  showMode(state);
  document.getElementById("disaster-note").textContent = state.richmenu || "";
  loadAudit();
});

// ---- charts ------------------------------------------------------------------------------------
async function loadStats() {
  const days = document.getElementById("stats-days").value;
  const s = await api(`/admin/api/stats?days=${days}`);
  const kinds = Object.keys(KIND_LABELS);
  const totals = s.totals;
  const asked = totals.answer + totals.clarify + totals.fallback;
  document.getElementById("stats-summary").textContent =
    `質問 ${asked} 件(回答 ${totals.answer}、聞き返し ${totals.clarify}、案内できず ${totals.fallback})、` +
    `緊急の案内 ${totals.crisis} 件` + (s.fallback_rate === null ? "" : `、案内できなかった割合 ${(s.fallback_rate * 100).toFixed(1)}%`);
  document.getElementById("chart-days").replaceChildren(dayChart(s.days, kinds));
  const legend = document.getElementById("legend-days");
  legend.replaceChildren();
  for (const k of kinds) { const item = el("span", "", KIND_LABELS[k]); item.style.setProperty("--c", KIND_COLORS[k]); legend.appendChild(item); }
  document.getElementById("chart-fallback").replaceChildren(rateChart(s.days));
  document.getElementById("chart-top").replaceChildren(
    barList(s.top_entries.map((e) => ({ label: e.title, value: e.count })), "よく使われた項目", KIND_COLORS.answer));
  const notices = [];
  for (const n of s.notices) {
    notices.push({ label: `${n.id} 届いた`, value: n.delivered, color: "#2e7d32" });
    notices.push({ label: `${n.id} 届かなかった`, value: n.failed, color: "#c62828" });
  }
  document.getElementById("chart-notices").replaceChildren(barList(notices, "お知らせの配信(届いた/届かなかった人数)", "#2e7d32"));
}
document.getElementById("stats-days").addEventListener("change", loadStats);

// ---- unanswered → edit -------------------------------------------------------------------------
let entryList = [];

function entryPicker(group) {
  const select = el("select");
  select.setAttribute("aria-label", "言い方を足す項目");
  const blank = el("option", "", "項目を選ぶ…");
  blank.value = "";
  select.appendChild(blank);
  for (const e of entryList) {
    const option = el("option", "", `${e.title}(${e.id})`);
    option.value = e.id;
    select.appendChild(option);
  }
  if (group.nearest) select.value = group.nearest.id;
  return select;
}

// A group staff dealt with stays on screen with its result (greyed, buttons off) until the next load.
function settle(card) {
  card.classList.add("done");
  card.querySelectorAll("button, input, select").forEach((node) => { node.disabled = true; });
}

async function loadUnanswered() {
  if (!entryList.length) entryList = (await api("/admin/api/entries")).entries;
  const data = await api("/admin/api/unanswered?days=30");
  const box = document.getElementById("unanswered");
  box.replaceChildren();
  if (!data.groups.length) { box.appendChild(el("p", "muted", "ありません。")); return; }
  for (const g of data.groups) {
    const card = el("div", "group");
    card.dataset.group = g.id;
    card.appendChild(el("div", "examples", `${g.count} 件: ` + g.examples.join(" / ")));
    card.appendChild(el("div", "muted", g.nearest
      ? `近い項目の候補: ${g.nearest.title}(点数 ${g.nearest.score})`
      : "近い項目はありません(新しい項目を作るか、項目を選んで言い方を足してください)"));
    const actions = el("div", "actions");
    const phrasing = el("input");
    phrasing.value = g.text;
    phrasing.setAttribute("aria-label", "足す言い方");
    const picker = entryPicker(g);
    const add = el("button", "main", "言い方として追加");
    add.type = "button";
    const done = el("button", "quiet", "対応済み");
    done.type = "button";
    const ignore = el("button", "quiet", "無視する");
    ignore.type = "button";
    const result = el("div", "result");
    result.setAttribute("role", "status");
    add.addEventListener("click", async () => {
      if (!picker.value) { result.textContent = "項目を選んでください"; return; }
      result.textContent = "書き込んで検査しています…";
      const r = await api("/admin/api/unanswered/phrasing", { group: g.id, entry: picker.value, phrasing: phrasing.value });
      if (r.ok) {
        result.classList.add("ok");
        result.textContent = `${r.file} に追加して読み直しました(版 ${r.reload.version})`;
        settle(card);
        loadStatus(); loadAudit();
      } else {
        result.classList.add("failed");
        result.textContent = (r.error || r.detail || "失敗しました") + (r.errors && r.errors.length ? "\n" + r.errors.join("\n") : "");
      }
    });
    for (const [button, status] of [[done, "handled"], [ignore, "ignored"]]) {
      button.addEventListener("click", async () => {
        const r = await api("/admin/api/unanswered/mark", { group: g.id, status });
        result.textContent = r.ok ? (status === "handled" ? "対応済みにしました" : "無視にしました(同じ言い方は今後も出ません)") : (r.detail || "失敗しました");
        if (r.ok) { settle(card); loadAudit(); }
      });
    }
    actions.append(phrasing, picker, add, done, ignore);
    card.append(actions, result);
    box.appendChild(card);
  }
}

// ---- notices -----------------------------------------------------------------------------------
async function loadNotices() {
  const box = document.getElementById("notices");
  const data = await api("/admin/api/notices");
  box.replaceChildren();
  if (data.error) { box.appendChild(el("pre", "errors", data.error)); return; }
  if (!data.notices.length) { box.appendChild(el("p", "muted", "お知らせはありません(plan_data/notices/*.yaml)。")); return; }
  for (const n of data.notices) {
    const card = el("div", "notice");
    card.dataset.notice = n.id;
    card.appendChild(el("div", "w-bold", `${n.title}(${n.id})`));
    card.appendChild(el("div", "muted", `${n.when} / 送信予定: ${n.send_at || "なし(手動)"} / 状態: ${n.state}`));
    card.appendChild(el("div", "muted audience", `宛先: ${n.audience} — ${n.audience_count === null ? "友だち全員" : n.audience_count + " 人"}`));
    const preview = el("div", "preview");
    preview.dataset.testid = "notice-preview";
    renderMessages(n.messages, preview);
    const chips = lastChips(n.messages);
    if (chips) {
      const bar = el("div", "chips");
      for (const item of chips) bar.appendChild(el("span", "chip", item.action.label));
      preview.appendChild(bar);
    }
    const actions = el("div", "actions");
    const test = el("button", "quiet", "自分に試し送信");
    test.type = "button";
    const send = el("button", "main", "今すぐ送る");
    send.type = "button";
    const when = el("input");
    when.type = "datetime-local";
    when.setAttribute("aria-label", "送る日時(日本時間)");
    if (n.send_at) when.value = n.send_at.slice(0, 16);
    const plan = el("button", "quiet", "この日時に予約");
    plan.type = "button";
    const result = el("div", "result");
    result.setAttribute("role", "status");
    test.addEventListener("click", async () => {
      const r = await api("/admin/api/notices/test", { id: n.id, user: document.getElementById("test-user").value.trim() });
      result.textContent = r.ok ? "試し送信しました" : (r.detail || r.error || "失敗しました");
    });
    send.addEventListener("click", async () => {
      if (!confirm(`「${n.title}」を ${n.audience_count === null ? "友だち全員" : n.audience_count + " 人"} に送ります。よろしいですか？`)) return;
      result.textContent = "送っています…";
      const r = await api("/admin/api/notices/send", { id: n.id });
      result.textContent = r.ok ? `送りました: 届いた ${r.report.delivered} 人 / 届かなかった ${r.report.failed} 人` : (r.detail || r.error || "失敗しました");
      loadAudit();
    });
    plan.addEventListener("click", async () => {
      if (!when.value) { result.textContent = "日時を選んでください"; return; }
      const r = await api("/admin/api/notices/schedule", { id: n.id, send_at: when.value + ":00+09:00" });
      result.textContent = r.ok ? `予約しました(${r.file} の send_at)。時間になると自動で送ります`
        : (r.error || r.detail || "失敗しました") + (r.errors && r.errors.length ? "\n" + r.errors.join("\n") : "");
      loadAudit();
    });
    actions.append(test, send, when, plan);
    card.append(preview, actions, result);
    box.appendChild(card);
  }
}

// ---- status, reload, audit ---------------------------------------------------------------------
async function loadStatus() {
  const s = await api("/admin/api/status");
  document.getElementById("whoami").textContent = s.staff ? `${s.staff} さん` : "";
  const box = document.getElementById("status");
  box.replaceChildren();
  const table = el("table");
  const rows = [
    ["状態", s.status === "ok" ? "正常" : "読み直しに失敗(前の内容で動いています)"],
    ["版", s.version], ["読み込み", new Date(s.loaded_at).toLocaleString("ja-JP")],
    ["項目 / 窓口", `${s.entries} / ${s.desks}`],
    ["最後の読み直し", s.last ? `${new Date(s.last.at).toLocaleString("ja-JP")}(${s.last.trigger}、${s.last.status})` : "まだありません"],
  ];
  for (const [k, v] of rows) {
    const tr = el("tr"); tr.appendChild(el("th", "", k));
    tr.appendChild(el("td", k === "状態" ? s.status : "", v)); table.appendChild(tr);
  }
  box.appendChild(table);
  if (s.last_error) box.appendChild(el("pre", "errors", s.last_error));
}

async function loadAudit() {
  const data = await api("/admin/api/audit");
  const box = document.getElementById("audit");
  box.replaceChildren();
  if (!data.audit.length) { box.appendChild(el("p", "muted", "まだありません。")); return; }
  const table = el("table");
  for (const a of data.audit.slice(0, 20)) {
    const tr = el("tr");
    tr.append(el("td", "", new Date(a.at).toLocaleString("ja-JP")), el("td", "", a.actor), el("td", "", a.action), el("td", "", a.target || ""));
    table.appendChild(tr);
  }
  box.appendChild(table);
}

document.getElementById("reload").addEventListener("click", async () => {
  const out = document.getElementById("reload-result");
  out.textContent = "読み直しています…";
  const result = await api("/admin/reload", {});
  out.textContent = result.ok ? (result.changed ? `新しい版 ${result.version} にしました` : "変更はありません")
    : `失敗: ${result.errors.length} 件の問題(前の内容で動いています)`;
  out.className = result.ok ? "ok" : "failed";
  loadStatus();
});

loadStatus();
api("/admin/api/mode").then(showMode);
loadStats();
loadUnanswered();
loadNotices();
loadAudit();
