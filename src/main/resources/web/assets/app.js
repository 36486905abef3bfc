// Wirewatch dashboard: plain JavaScript, no dependencies. Every string from an article is put in
// the page with textContent (never innerHTML), so article text is always shown as text.
'use strict';

const state = { events: new Map(), statements: [], alerts: [], window: 'day', timeline: null };
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('data-')) node.setAttribute(key, value);
    else if (key === 'onclick') node.addEventListener('click', value);
    else node[key] = value;
  }
  for (const child of children) {
    if (child === undefined || child === null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function getJson(path) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
  return response.json();
}

function filters() {
  return {
    country: $('filter-country').value.trim().toUpperCase(),
    person: $('filter-person').value.trim().toLowerCase(),
    status: $('filter-status').value,
    since: $('filter-since').value,
  };
}

function eventMatches(event, f) {
  const codes = (event.actors || []).map((a) => a.code);
  const people = (event.actors || []).map((a) => ((a.entity && a.entity.name) || '') + ' ' + ((a.entity && a.entity.id) || '')).join(' ').toLowerCase();
  return (!f.country || codes.includes(f.country))
    && (!f.status || event.status === f.status)
    && (!f.person || people.includes(f.person))
    && (!f.since || (event.reportDate || '') >= f.since);
}

function statementMatches(s, f) {
  const speaker = s.speaker || {};
  const countries = [speaker.role && speaker.role.country].concat((s.mentions || []).map((m) => m.country));
  const published = s.article && s.article.published ? s.article.published.slice(0, 10) : '';
  return !f.status
    && (!f.country || countries.includes(f.country))
    && (!f.person || ((speaker.name || '') + ' ' + (speaker.id || '')).toLowerCase().includes(f.person))
    && (!f.since || !published || published >= f.since);
}

function statusBadge(status) {
  return el('span', { class: 'status', 'data-status': status }, status);
}

function renderFeed() {
  const f = filters();
  const items = [];
  for (const event of state.events.values()) {
    if (eventMatches(event, f)) items.push({ at: event.reportDate + 'T' + String(event.revision).padStart(6, '0'), node: eventItem(event) });
  }
  for (const s of state.statements) {
    if (statementMatches(s, f)) items.push({ at: (s.article && s.article.published) || '', node: statementItem(s), seq: s._seq });
  }
  items.sort((a, b) => (b.seq || 0) - (a.seq || 0) || (b.at > a.at ? 1 : b.at < a.at ? -1 : 0));
  $('feed').replaceChildren(...items.slice(0, 300).map((i) => i.node));
}

function eventItem(event) {
  const pair = (event.actors || []).map((a) => a.code).sort().join('–');
  const evidence = (event.evidence || [])[0];
  return el('li', { class: 'item event', 'data-id': event.id, 'data-countries': (event.actors || []).map((a) => a.code).join(' '),
      'data-status': event.status, onclick: () => evidence && showArticle(evidence.articleId) },
    el('span', { class: 'kind' }, 'contact'), el('span', { class: 'who' }, pair), ' ', statusBadge(event.status),
    ' ', (event.level || '').toLowerCase().replace(/_/g, ' '), event.eventDate ? ' · ' + event.eventDate : '', ' · ', event.reportDate,
    (event.sourceArticleIds || []).length > 1 ? ' · ' + event.sourceArticleIds.length + ' reports' : '',
    evidence ? el('span', { class: 'quote' }, evidence.text) : null);
}

function statementItem(s) {
  const speaker = s.speaker || {};
  const article = s.article || {};
  return el('li', { class: 'item statement', 'data-speaker': speaker.id, onclick: () => showArticle(article.id) },
    el('span', { class: 'kind' }, s.direct ? 'quote' : 'said'), el('span', { class: 'who' }, speaker.name || speaker.id),
    speaker.role ? ' (' + speaker.role.nameEn + ')' : '',
    el('span', { class: 'quote' }, '«' + s.quote + '»'),
    el('span', { class: 'source' }, [article.source, article.headline].filter(Boolean).join(' · ')));
}

function renderDyads(dyads) {
  const f = filters();
  const rows = dyads.filter((d) => (!f.country || d.dyad.split('|').includes(f.country)) && (!f.status || d.status === f.status)
      && (!f.since || (d.reportDate || '') >= f.since))
    .map((d) => el('tr', { 'data-dyad': d.dyad, 'data-status': d.status, class: d.dyad === state.timeline ? 'selected' : null,
        tabIndex: 0, title: 'How ' + d.dyad.replace('|', '–') + ' moved', onclick: () => openTimeline(d.dyad),
        onkeydown: (key) => { if (key.key === 'Enter') openTimeline(d.dyad); } },
      el('td', {}, d.dyad.replace('|', '–')), el('td', {}, statusBadge(d.status)),
      el('td', {}, (d.level || '').toLowerCase().replace(/_/g, ' ')), el('td', {}, d.eventDate || d.reportDate)));
  $('dyads').tBodies[0].replaceChildren(...rows);
}

function openTimeline(dyad) {
  state.timeline = dyad;
  renderDyads(dyadsCache);
  loadTimeline(dyad).then(() => $('timeline-panel').scrollIntoView({ behavior: 'smooth', block: 'nearest' })).catch(report);
}

// The date a state holds from, at the precision the text gave (2026-01, not 2026-01-01).
function asOfShown(e) {
  return e.eventDate && e.eventDate.length < 10 && e.asOf.startsWith(e.eventDate) ? e.eventDate : e.asOf;
}

// A pair's events, older states first in the order that makes the last one its status.
async function loadTimeline(dyad) {
  const timeline = await getJson('/api/dyads/' + encodeURIComponent(dyad.replace('|', '-')) + '/timeline');
  if (state.timeline !== dyad) return;
  $('timeline-title').textContent = dyad.replace('|', '–') + ' · now ';
  $('timeline-title').append(statusBadge(timeline.status));
  $('timeline-rule').textContent = 'Status: ' + timeline.rule + '.';
  $('timeline').replaceChildren(...timeline.events.map((e) => el('li', {
      class: 'step' + (e.changed ? ' changed' : '') + (e.current ? ' current' : ''), 'data-event': e.eventId,
      'data-status': e.status, onclick: () => showArticle(e.articleId) },
    el('time', { class: 'when', title: 'holds from' }, asOfShown(e)), ' ', statusBadge(e.status), ' ',
    (e.level || '').toLowerCase().replace(/_/g, ' '), ' · ', (e.type || '').toLowerCase(),
    e.eventDate ? ' · dated ' + e.eventDate : '', ' · reported ' + e.reportDate,
    e.articles > 1 ? ' · ' + e.articles + ' reports' : '', e.current ? el('span', { class: 'now' }, 'current') : null,
    e.evidence ? el('span', { class: 'quote' }, e.evidence) : null)));
  $('timeline-panel').hidden = false;
}

function renderAlerts() {
  $('alerts').replaceChildren(...state.alerts.slice(0, 50).map((a) => el('li', { 'data-rule': a.ruleId },
    el('span', { class: 'severity', 'data-severity': a.severity }, a.severity), a.summary)));
}

async function loadEntities() {
  const top = await getJson('/api/entities/top?window=' + state.window + '&limit=15');
  $('entities').replaceChildren(...top.entities.map((e) => el('li', { 'data-entity': e.id },
    el('span', {}, e.name || e.id), el('span', { class: 'count' }, e.mentions + ' in ' + e.articles))));
}

let dyadsCache = [];
async function loadDyads() {
  dyadsCache = (await getJson('/api/dyads?limit=500')).dyads;
  renderDyads(dyadsCache);
  if (state.timeline) await loadTimeline(state.timeline);
}

// A panel's loader. While the API cannot answer (the extractor starting, stores restoring: 503, or
// the network) it retries, 1 s then doubling up to 10 s; once it has answered it reloads every
// `every` ms (0: never) and soon after the live feed announces new data, so a panel opened before
// the data arrived fills as it comes.
function loader(load, every) {
  let timer = null;
  let due = Infinity;
  let delay = 1000;
  let running = false;
  let pending = false;
  const at = (ms) => {
    if (Date.now() + ms >= due) return;
    clearTimeout(timer);
    due = Date.now() + ms;
    timer = setTimeout(run, ms);
  };
  async function run() {
    timer = null;
    due = Infinity;
    if (running) { pending = true; return; }
    running = true;
    try {
      await load();
      delay = 1000;
      answered();
      if (every) at(every);
    } catch (error) {
      report(error);
      at(delay);
      delay = Math.min(delay * 2, 10000);
    } finally {
      running = false;
      if (pending) { pending = false; at(0); }
    }
  }
  return { now: () => at(0), soon: () => at(1000) };
}

let sequence = 0;
function addStatement(s) {
  if (state.statements.some((x) => x.id === s.id)) return;
  s._seq = ++sequence;
  state.statements.push(s);
}

async function loadHistory() {
  const [events, alerts] = await Promise.all([getJson('/api/events?limit=300'), getJson('/api/alerts?limit=100')]);
  events.events.forEach((e) => {
    const known = state.events.get(e.id);
    if (!known || known.revision <= e.revision) state.events.set(e.id, e);
  });
  const live = state.alerts.filter((a) => !alerts.alerts.some((x) => x.id === a.id));
  state.alerts = live.concat(alerts.alerts);
  const statements = await getJson('/api/statements?limit=300');
  statements.statements.reverse().forEach((s) => addStatement({
    id: s.statementId, quote: s.quote, direct: s.direct,
    speaker: { id: s.speakerId, name: s.speaker, role: s.role ? { nameEn: s.role } : null },
    article: { id: s.articleId, headline: s.headline, source: s.source, published: s.published ? new Date(s.published).toISOString() : null },
    mentions: [],
  }));
  renderFeed();
  renderAlerts();
}

const panels = {
  history: loader(loadHistory, 0),
  dyads: loader(loadDyads, 15000),
  entities: loader(loadEntities, 15000),
};

let live = false;
let opened = 0;
function connect() {
  const source = new EventSource('/api/stream');
  source.onopen = () => {
    live = true;
    answered();
    // Whatever was committed while the page was not listening is in the stores.
    if (opened++ > 0) panels.history.soon();
    panels.dyads.soon();
    panels.entities.soon();
  };
  source.onerror = () => {
    live = false;
    $('connection').dataset.state = 'lost';
    $('connection').textContent = 'reconnecting…';
    // A refused stream (503 while the extractor starts) is not retried by the browser itself.
    if (source.readyState === EventSource.CLOSED) setTimeout(connect, 2000);
  };
  source.addEventListener('event', (m) => {
    const event = JSON.parse(m.data);
    const known = state.events.get(event.id);
    if (!known || known.revision <= event.revision) state.events.set(event.id, event);
    renderFeed();
    panels.dyads.soon();
  });
  source.addEventListener('statement', (m) => { addStatement(JSON.parse(m.data)); renderFeed(); });
  source.addEventListener('alert', (m) => {
    const alert = JSON.parse(m.data);
    if (!state.alerts.some((a) => a.id === alert.id)) state.alerts.unshift(alert);
    renderAlerts();
  });
  source.addEventListener('article', () => panels.entities.soon());
}

async function showArticle(id) {
  if (!id) return;
  const view = await getJson('/api/articles/' + encodeURIComponent(id));
  const analyzed = view.analyzed;
  const text = analyzed.text;
  const marks = [];
  for (const entity of analyzed.entities || []) for (const m of entity.mentions || []) marks.push({ start: m.start, end: m.end, kind: 'entity', title: entity.type + ' ' + (entity.nameEn || entity.id) });
  for (const s of view.statements || []) marks.push({ start: s.start, end: s.end, kind: 'quote', title: (s.speaker && s.speaker.name) || '' });
  for (const e of view.events || []) for (const ev of e.evidence || []) marks.push({ start: ev.start, end: ev.end, kind: 'evidence', title: e.type + ' ' + e.status });
  $('article-headline').textContent = analyzed.article.headline || analyzed.article.id;
  $('article-meta').textContent = [analyzed.article.source, analyzed.article.published, analyzed.language].filter(Boolean).join(' · ');
  $('article-text').replaceChildren(...highlight(text, marks));
  $('article-panel').hidden = false;
  $('article-panel').scrollIntoView({ behavior: 'smooth' });
}

// Splits the text at every mark boundary; each piece is wrapped in the marks covering it.
function highlight(text, marks) {
  const cuts = new Set([0, text.length]);
  marks.forEach((m) => { cuts.add(Math.max(0, Math.min(text.length, m.start))); cuts.add(Math.max(0, Math.min(text.length, m.end))); });
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    let node = document.createTextNode(text.slice(from, to));
    // Entities innermost, so their marks are painted over quotes and evidence (evidence is an underline).
    for (const kind of ['entity', 'quote', 'evidence']) {
      const covering = marks.find((m) => m.kind === kind && m.start <= from && m.end >= to);
      if (covering) node = el('mark', { class: kind, title: covering.title }, node);
    }
    nodes.push(node);
  }
  return nodes;
}

function report(error) {
  $('connection').dataset.state = 'lost';
  $('connection').textContent = String(error.message || error) + ' · retrying';
}

function answered() {
  $('connection').dataset.state = live ? 'live' : 'connecting';
  $('connection').textContent = live ? 'live' : 'connecting…';
}

document.addEventListener('DOMContentLoaded', () => {
  const refilter = () => { renderFeed(); renderDyads(dyadsCache); };
  $('filters').addEventListener('input', refilter);
  $('filters').addEventListener('change', refilter);
  $('filters').addEventListener('submit', (e) => e.preventDefault());
  $('article-close').addEventListener('click', () => { $('article-panel').hidden = true; });
  document.querySelectorAll('.tabs button').forEach((b) => b.addEventListener('click', () => {
    document.querySelectorAll('.tabs button').forEach((x) => x.classList.toggle('active', x === b));
    state.window = b.dataset.window;
    panels.entities.now();
  }));
  $('timeline-close').addEventListener('click', () => { state.timeline = null; $('timeline-panel').hidden = true; });
  connect();
  panels.history.now();
  panels.dyads.now();
  panels.entities.now();
});
