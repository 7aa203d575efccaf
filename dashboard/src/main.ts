import './style.css';
import { api, type EventRow, type Params } from './api';
import { $, clear, el, marked } from './dom';
import { drawTimeline, resizeTimeline } from './timeline';
import { drawMap } from './worldmap';
import { drawNetwork } from './network';

const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const MODALITIES = ['asserted', 'future', 'hypothetical', 'negated'];
const PAGE_SIZE = 25;

const state = { actor: '', recipient: '', page: 0 };

function fillSelect(sel: HTMLSelectElement, values: string[], any: string, selected = ''): void {
  clear(sel);
  sel.append(el('option', { value: '' }, any));
  for (const v of values) {
    const o = el('option', { value: v }, v);
    if (v === selected) o.selected = true;
    sel.append(o);
  }
}

function showError(where: HTMLElement, e: unknown): void {
  where.replaceChildren(el('p', { class: 'error' }, 'Error: ' + (e instanceof Error ? e.message : String(e))));
}

function dyadParams(): Params {
  return { actor: state.actor, recipient: state.recipient };
}

function filterParams(): Params {
  const v = (id: string) => ($(id) as HTMLInputElement).value.trim();
  return { ...dyadParams(), type: v('f-type'), modality: v('f-modality'), from: v('f-from'), to: v('f-to'),
    q: v('f-text'), page: state.page, size: PAGE_SIZE, sort: '-date' };
}

function parties(list: { code: string; sector?: string }[]): string {
  return list.map(p => p.code + (p.sector ? '/' + p.sector : '')).join(', ');
}

async function refreshCharts(): Promise<void> {
  const [timeline, locations] = await Promise.all([api.timeline(dyadParams()), api.locations(dyadParams())]);
  drawTimeline($('timeline'), timeline);
  drawMap($('map'), locations);
}

async function refreshTable(): Promise<void> {
  const body = $('events').querySelector('tbody')!;
  try {
    const page = await api.events(filterParams());
    clear(body);
    for (const e of page.events) body.append(eventRow(e));
    if (page.events.length === 0) body.append(el('tr', {}, el('td', { colspan: '7' }, 'No event matches.')));
    const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
    $('page').textContent = `page ${page.page + 1} of ${pages} · ${page.total} events`;
    ($('prev') as HTMLButtonElement).disabled = page.page === 0;
    ($('next') as HTMLButtonElement).disabled = page.page + 1 >= pages;
  } catch (e) {
    showError(body, e);
  }
}

function eventRow(e: EventRow): HTMLTableRowElement {
  const planned = e.modality === 'future' || e.modality === 'hypothetical';
  const tr = el('tr', { class: planned ? 'future' : '', 'data-event-id': String(e.id) },
    el('td', {}, e.date ?? '—'), el('td', {}, el('span', { class: 'badge' }, e.type)),
    el('td', {}, parties(e.actors)), el('td', {}, parties(e.recipients)), el('td', {}, e.modality),
    el('td', {}, e.numMentions), el('td', {}, e.locationName ?? ''));
  tr.addEventListener('click', () => void openEvent(e.id));
  return tr;
}

async function openEvent(id: number): Promise<void> {
  const box = $('event-detail');
  $('event-panel').hidden = false;
  try {
    const { event, mentions } = await api.event(id);
    clear(box);
    box.append(el('p', {}, el('span', { class: 'badge' }, event.type), ' ', parties(event.actors), ' → ',
      parties(event.recipients) || '—', ' · ', event.date ?? 'date unknown', ' · ', event.modality,
      ' · QuadClass ', event.quadClass, ' · Goldstein ', event.goldstein));
    const list = el('ol', { class: 'mentions' });
    for (const m of mentions) {
      const sentence = m.sentenceText ?? m.quote;
      const at = sentence.indexOf(m.quote);
      const spans = at >= 0 ? [{ start: at, end: at + m.quote.length, current: true }] : [];
      const link = el('a', { href: '#', 'data-article-id': String(m.articleId) }, m.docId);
      link.addEventListener('click', ev => { ev.preventDefault(); void openArticle(m.articleId, m.id); });
      list.append(el('li', {}, el('blockquote', { class: 'sentence' }, ...marked(sentence, spans)),
        el('div', { class: 'muted' }, 'article ', link, ` · sentence ${m.sentence + 1} · characters ${m.start}–${m.end}`,
          m.published ? ' · published ' + m.published : '')));
    }
    box.append(list);
    $('event-panel').scrollIntoView({ block: 'nearest' });
  } catch (e) {
    showError(box, e);
  }
}

async function openArticle(id: number, mentionId?: number): Promise<void> {
  const box = $('article-detail');
  $('article-panel').hidden = false;
  try {
    const a = await api.article(id);
    clear(box);
    box.append(el('h3', { class: 'article-title' }, a.title || a.docId));
    box.append(el('p', { class: 'muted' }, a.docId, ' · ', a.published ?? 'no date', ' · ', a.source,
      a.url && /^https?:\/\//i.test(a.url) ? el('span', {}, ' · ', el('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, 'source')) : null));
    const spans = a.mentions.map(m => ({ start: m.start, end: m.end, current: m.id === mentionId,
      title: `${m.quote} (${m.modality})` }));
    box.append(el('div', { class: 'article-text' }, ...marked(a.text, spans)));
    box.querySelector('mark.current')?.scrollIntoView({ block: 'nearest' });
  } catch (e) {
    showError(box, e);
  }
}

async function runSearch(q: string): Promise<void> {
  const list = $('search-results');
  $('search-panel').hidden = false;
  try {
    const hits = await api.search(q);
    clear(list);
    for (const h of hits) {
      const link = el('a', { href: '#', 'data-article-id': String(h.articleId) }, h.title || h.docId);
      link.addEventListener('click', ev => { ev.preventDefault(); void openArticle(h.articleId); });
      // fragments mark terms «like this»: shown as <mark> built from text, never parsed as HTML
      const frags = h.fragments.map(f => el('div', { class: 'fragment' }, ...f.split(/«|»/).map((part, i) =>
        i % 2 === 1 ? el('mark', {}, part) : document.createTextNode(part))));
      list.append(el('li', {}, link, ' ', el('span', { class: 'muted' }, h.published ?? ''), ...frags));
    }
    if (hits.length === 0) list.append(el('li', {}, 'Nothing found.'));
    ($('f-text') as HTMLInputElement).value = q;
    state.page = 0;
    await refreshTable();
  } catch (e) {
    showError(list, e);
  }
}

async function pickDyad(actor: string, recipient: string): Promise<void> {
  state.actor = actor;
  state.recipient = recipient;
  state.page = 0;
  ($('actor') as HTMLSelectElement).value = actor;
  ($('recipient') as HTMLSelectElement).value = recipient;
  await Promise.all([refreshCharts(), refreshTable()]);
}

async function init(): Promise<void> {
  fillSelect($('f-type') as HTMLSelectElement, PLOVER, 'any type');
  fillSelect($('f-modality') as HTMLSelectElement, MODALITIES, 'any modality');
  const [actors, dyads] = await Promise.all([api.actors(), api.dyads({ limit: 200 })]);
  const codes = actors.map(a => a.code);
  fillSelect($('actor') as HTMLSelectElement, codes, 'any actor');
  fillSelect($('recipient') as HTMLSelectElement, codes, 'any recipient');
  $('counts').textContent = `${actors.length} actors · ${dyads.reduce((n, d) => n + d.events, 0)} dyadic events`;
  drawNetwork($('network'), dyads, code => void pickDyad(code, state.recipient === code ? '' : state.recipient));
  $('actor').addEventListener('change', e => void pickDyad((e.target as HTMLSelectElement).value, state.recipient));
  $('recipient').addEventListener('change', e => void pickDyad(state.actor, (e.target as HTMLSelectElement).value));
  $('swap').addEventListener('click', () => void pickDyad(state.recipient, state.actor));
  $('filters').addEventListener('submit', e => { e.preventDefault(); state.page = 0; void refreshTable(); });
  $('prev').addEventListener('click', () => { state.page = Math.max(0, state.page - 1); void refreshTable(); });
  $('next').addEventListener('click', () => { state.page++; void refreshTable(); });
  $('search-form').addEventListener('submit', e => {
    e.preventDefault();
    const q = ($('search') as HTMLInputElement).value.trim();
    if (q) void runSearch(q);
  });
  window.addEventListener('resize', resizeTimeline);
  const top = dyads[0];
  const start = codes.includes('FRA') && codes.includes('KAZ') ? ['FRA', 'KAZ'] : top ? [top.actor, top.recipient] : ['', ''];
  await pickDyad(start[0], start[1]);
  document.body.dataset.ready = '1';
}

init().catch(e => showError(document.querySelector('main')!, e));
