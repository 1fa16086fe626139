"use strict";
// Charts for the staff page, drawn as inline SVG: no CDN and no library, so the page works offline.
const SVG = "http://www.w3.org/2000/svg";
const KIND_COLORS = { answer: "#2e7d32", clarify: "#f9a825", fallback: "#c62828", crisis: "#6a1b9a",
                      directory: "#1565c0", greeting: "#90a4ae" };
const KIND_LABELS = { answer: "回答", clarify: "聞き返し", fallback: "案内できず", crisis: "緊急の案内",
                      directory: "居場所・窓口", greeting: "あいさつ" };

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function chartFrame(width, height, label) {
  const frame = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart", role: "img", "aria-label": label });
  frame.appendChild(svg("title", {}, label));
  return frame;
}

function dayChart(days, kinds) {
  const width = 600, height = 200, left = 30, bottom = 22, top = 8;
  const totals = days.map((d) => kinds.reduce((n, k) => n + (d[k] || 0), 0));
  const max = Math.max(1, ...totals);
  const frame = chartFrame(width, height, "1日ごとの質問: " + days.map((d, i) => `${d.date} ${totals[i]}`).join("、"));
  const step = (width - left) / days.length;
  const scale = (height - bottom - top) / max;
  frame.appendChild(svg("text", { x: 0, y: top + 8, "font-size": 10 }, String(max)));
  frame.appendChild(svg("line", { x1: left, y1: height - bottom, x2: width, y2: height - bottom, stroke: "#999" }));
  days.forEach((d, i) => {
    let y = height - bottom;
    const bar = svg("g", { "data-date": d.date, "data-total": totals[i], class: "day-bar" });
    bar.appendChild(svg("title", {}, `${d.date}: ` + kinds.map((k) => `${KIND_LABELS[k] || k} ${d[k] || 0}`).join("、")));
    for (const k of kinds) {
      const h = (d[k] || 0) * scale;
      if (h <= 0) continue;
      y -= h;
      bar.appendChild(svg("rect", { x: left + i * step + 1, y, width: Math.max(1, step - 2), height: h,
                                    fill: KIND_COLORS[k] || "#555", "data-kind": k }));
    }
    frame.appendChild(bar);
    if (days.length <= 10 || i % Math.ceil(days.length / 8) === 0) {
      frame.appendChild(svg("text", { x: left + i * step, y: height - 6, "font-size": 10 }, d.date.slice(5)));
    }
  });
  return frame;
}

function rateChart(days) {
  const width = 600, height = 120, left = 30, bottom = 20, top = 8;
  const frame = chartFrame(width, height, "案内できなかった割合(1日ごと)");
  const step = (width - left - 8) / Math.max(1, days.length - 1);
  const points = [];
  days.forEach((d, i) => {
    const asked = (d.answer || 0) + (d.clarify || 0) + (d.fallback || 0);
    if (!asked) return;
    const rate = (d.fallback || 0) / asked;
    points.push([left + i * step, top + (1 - rate) * (height - bottom - top), d.date, rate]);
  });
  frame.appendChild(svg("text", { x: 0, y: top + 8, "font-size": 10 }, "100%"));
  frame.appendChild(svg("text", { x: 0, y: height - bottom, "font-size": 10 }, "0%"));
  frame.appendChild(svg("line", { x1: left, y1: height - bottom, x2: width, y2: height - bottom, stroke: "#999" }));
  if (points.length) {
    frame.appendChild(svg("polyline", { points: points.map((p) => `${p[0]},${p[1]}`).join(" "), fill: "none",
                                        stroke: KIND_COLORS.fallback, "stroke-width": 2 }));
    for (const [x, y, date, rate] of points) {
      const dot = svg("circle", { cx: x, cy: y, r: 3, fill: KIND_COLORS.fallback, class: "rate-point", "data-date": date });
      dot.appendChild(svg("title", {}, `${date}: ${(rate * 100).toFixed(0)}%`));
      frame.appendChild(dot);
    }
  }
  return frame;
}

function barList(rows, label, color) {
  const width = 600, rowH = 22, labelW = 300;
  const frame = chartFrame(width, Math.max(1, rows.length) * rowH + 4, label);
  const max = Math.max(1, ...rows.map((r) => r.value));
  rows.forEach((r, i) => {
    const y = i * rowH + 2;
    const g = svg("g", { class: "bar-row" });
    g.appendChild(svg("text", { x: 0, y: y + 15, "font-size": 12 }, r.label.length > 22 ? r.label.slice(0, 21) + "…" : r.label));
    g.appendChild(svg("rect", { x: labelW, y: y + 3, height: rowH - 6, width: Math.max(2, (r.value / max) * (width - labelW - 50)),
                                fill: r.color || color }));
    g.appendChild(svg("text", { x: width - 45, y: y + 15, "font-size": 12 }, String(r.value)));
    frame.appendChild(g);
  });
  if (!rows.length) frame.appendChild(svg("text", { x: 0, y: 16, "font-size": 12, fill: "#777" }, "まだありません"));
  return frame;
}

