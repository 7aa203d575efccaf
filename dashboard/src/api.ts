// The read API of veille-server (same origin).

export interface Party { code: string; sector?: string; text?: string }
export interface EventRow {
  id: number; type: string; mode: string | null; cameo: string | null; goldstein: number; quadClass: number;
  actorCode: string; recipientCode: string; actors: Party[]; recipients: Party[]; symmetric: boolean;
  date: string | null; modality: string; locationName: string | null; locationCountry: string | null;
  numMentions: number; numArticles: number; numSources: number; firstReport: string | null; sourceUrl: string | null;
}
export interface Mention {
  id: number; eventId: number; articleId: number; docId: string; sentence: number; start: number; end: number;
  quote: string; sentenceText: string | null; modality: string; date: string | null; url: string | null;
  published: string | null;
}
export interface EventPage { total: number; page: number; size: number; events: EventRow[] }
export interface Article {
  id: number; docId: string; lang: string; published: string | null; title: string; url: string | null;
  source: string; text: string; mentions: Mention[];
}
export interface TimelineRow { month: string; type: string; quad_class: number; modality: string; events: number }
export interface ActorRow { code: string; as_actor: number; as_recipient: number; events: number }
export interface DyadRow { actor: string; recipient: string; events: number; mentions: number; goldstein: number }
export interface LocationRow { country: string; events: number }
export interface SearchHit { articleId: number; docId: string; title: string; published: string | null; fragments: string[] }

export type Params = Record<string, string | number | null | undefined>;

async function get<T>(path: string, params: Params = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const url = path + (q.toString() ? '?' + q : '');
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await r.json();
  if (!r.ok) throw new Error(body?.error ?? r.statusText);
  return body as T;
}

export const api = {
  events: (p: Params) => get<EventPage>('/api/events', p),
  event: (id: number) => get<{ event: EventRow; mentions: Mention[] }>('/api/events/' + id),
  article: (id: number) => get<Article>('/api/articles/' + id),
  timeline: (p: Params) => get<TimelineRow[]>('/api/stats/timeline', p),
  dyads: (p: Params) => get<DyadRow[]>('/api/stats/dyads', p),
  locations: (p: Params) => get<LocationRow[]>('/api/stats/locations', p),
  actors: () => get<ActorRow[]>('/api/actors'),
  search: (q: string) => get<SearchHit[]>('/api/search', { q, limit: 20 }),
};
