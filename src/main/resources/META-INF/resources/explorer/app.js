// The NewsGraph explorer: pick a country to see its latest stories with their figures and quotations, its
// currency's series and a figure label over time; search the stories; new stories arrive live.
import { query, LiveConnection } from './api.js';
import { draw, clear, follow, epochSeconds } from './charts.js';

const STORY = `fragment Story on Article {
  id title publishedOn
  primaryCountry { code name }
  metrics { surface value label kind unit }
  quotations { speaker text }
}`;

const COUNTRIES = `query Countries { countries { code name } }`;

const COUNTRY = `query Country($code: ID!) {
  country(code: $code) {
    code name currency
    stories(first: 10) { totalCount nodes { ...Story } }
    quotes { asOf rate quote }
  }
}
${STORY}`;

const SEARCH = `query Search($words: String!) {
  articles(search: $words, first: 10) { totalCount edges { snippet node { ...Story } } }
}
${STORY}`;

const LABEL_UNITS = `query LabelUnits($code: ID, $label: String!) {
  metricStats(country: $code, label: $label, groupBy: UNIT) { key count }
}`;

const LABEL_SERIES = `query LabelSeries($code: ID, $label: String!, $unit: String) {
  metricStats(country: $code, label: $label, unit: $unit, groupBy: MONTH) { key count sum }
}`;

const STORY_ADDED = `subscription StoryAdded($country: ID) {
  storyAdded(country: $country) { ...Story }
}
${STORY}`;

// Countries whose news NewsGraph reads first; the rest follow in the list.
const FIRST = ['KG', 'KZ', 'TJ', 'TM', 'UZ', 'AF', 'AZ', 'CN', 'RU'];

const $ = id => document.getElementById(id);
const number = formatter({ maximumFractionDigits: 2 });
const compact = formatter({ notation: 'compact', maximumFractionDigits: 2 });

/** A number format in the browser's language, else in English (some browsers report a tag Intl refuses). */
function formatter(options) {
  for (const locale of [undefined, 'en']) {
    try {
      return new Intl.NumberFormat(locale, options);
    } catch (e) {
      // try the next
    }
  }
  return { format: v => String(v) };
}

let current = null;     // the country shown
let stopLive = null;    // ends the current storyAdded subscription
const live = new LiveConnection(state => {
  $('live').dataset.state = state;
  $('live').textContent = `live: ${state === 'live' ? 'on' : state}`;
});

function element(tag, attributes = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) {
    if (k === 'class') e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

/** A story as a list item: headline, day, primary country, figures (surface, value, label, kind), quotations. */
function storyItem(story, { snippet, fresh } = {}) {
  const li = element('li', { class: fresh ? 'story fresh' : 'story', 'data-id': story.id });
  li.append(element('h3', {}, story.title));
  li.append(element('p', { class: 'meta' },
      element('time', { datetime: story.publishedOn ?? '' }, story.publishedOn ?? 'undated'),
      story.primaryCountry ? ` · ${story.primaryCountry.name}` : ''));
  if (snippet) {
    const p = element('p', { class: 'snippet' });
    // the server wraps the matching words in <mark>; everything else is text
    for (const [i, part] of snippet.split(/<\/?mark>/).entries()) {
      p.append(i % 2 ? element('mark', {}, part) : part);
    }
    li.append(p);
  }
  if (story.metrics.length) {
    const table = element('table', { class: 'figures' },
        element('thead', {}, element('tr', {}, ...['Figure', 'Value', 'Label', 'Kind'].map(h => element('th', {}, h)))));
    const body = element('tbody');
    for (const m of story.metrics) {
      body.append(element('tr', {},
          element('td', {}, m.surface),
          element('td', { class: 'num' }, `${number.format(m.value)}${m.unit ? ' ' + m.unit : ''}`),
          element('td', {}, m.label ?? '–'),
          element('td', {}, element('span', { class: `kind ${m.kind.toLowerCase()}` }, m.kind))));
    }
    table.append(body);
    li.append(element('div', { class: 'scroll' }, table));
  }
  for (const q of story.quotations) {
    li.append(element('blockquote', {}, `“${q.text}”`, element('cite', {}, q.speaker ? ` — ${q.speaker}` : '')));
  }
  return li;
}

function status(text) {
  $('status').textContent = text;
}

async function loadCountries() {
  const { countries } = await query(COUNTRIES);
  const select = $('country');
  const byCode = new Map(countries.map(c => [c.code, c]));
  const first = FIRST.filter(c => byCode.has(c)).map(c => byCode.get(c));
  const group = (label, list) => element('optgroup', { label }, ...list.map(c => element('option', { value: c.code }, c.name)));
  select.append(group('Central Asia and neighbours', first));
  select.append(group('All countries', countries.filter(c => !FIRST.includes(c.code))));
}

async function showCountry(code) {
  current = code;
  stopLive?.();
  stopLive = null;
  if (!code) {
    $('charts').hidden = true;
    $('stories').replaceChildren();
    status('Pick a country to see its latest stories, or search.');
    return;
  }
  history.replaceState(null, '', `#${code}`);
  status('Loading…');
  const { country } = await query(COUNTRY, { code });
  if (current !== code) return;
  $('stories-title').textContent = `Latest stories naming ${country.name}`;
  $('stories').replaceChildren(...country.stories.nodes.map(s => storyItem(s)));
  status(`${country.stories.totalCount} stories name ${country.name}; the newest ${country.stories.nodes.length} are shown.`);
  $('charts').hidden = false;
  drawQuotes(country);
  await drawLabel();
  stopLive = live.subscribe(STORY_ADDED, { country: code }, {
    next: ({ data, errors }) => {
      if (errors?.length) { status(errors.map(e => e.message).join('; ')); return; }
      const story = data?.storyAdded;
      if (!story || current !== code || document.querySelector(`[data-id="${CSS.escape(story.id)}"]`)) return;
      $('stories').prepend(storyItem(story, { fresh: true }));
      status(`New: “${story.title}”`);
    },
    error: errors => status(errors.map(e => e.message).join('; ')),
  });
}

function drawQuotes(country) {
  const container = $('quotes-chart');
  const points = country.quotes;
  $('quotes-title').textContent = country.currency
      ? `1 ${country.currency} in ${points[0]?.quote ?? 'USD'}` : 'Currency';
  $('quotes-empty').hidden = points.length > 0;
  if (!points.length) { clear(container); return; }
  draw(container, {
    xs: points.map(p => epochSeconds(p.asOf)),
    ys: points.map(p => p.rate),
    label: `${country.currency}/${points[0].quote}`,
    format: v => v == null ? '' : Number(v).toPrecision(4),
  });
}

async function drawLabel() {
  const code = current;
  const label = $('label').value.trim();
  const container = $('label-chart');
  if (!code || !label) return;
  const { metricStats: units } = await query(LABEL_UNITS, { code, label });
  const unit = [...units].sort((a, b) => b.count - a.count)[0]?.key ?? null;
  const { metricStats: months } = await query(LABEL_SERIES, { code, label, unit });
  if (current !== code) return;
  $('label-title').textContent = months.length ? ` — sum per month${unit ? ' in ' + unit : ''}` : '';
  $('label-empty').hidden = months.length > 0;
  if (!months.length) { clear(container); return; }
  draw(container, {
    xs: months.map(m => epochSeconds(m.key)),
    ys: months.map(m => m.sum),
    label: `${label}${unit ? ' (' + unit + ')' : ''}`,
    color: '#c2410c',
    bars: true,
    monthly: true,
    format: v => v == null ? '' : compact.format(v),
  });
}

async function search(words) {
  current = null;
  stopLive?.();
  stopLive = null;
  $('country').value = '';
  $('charts').hidden = true;
  status('Searching…');
  const { articles } = await query(SEARCH, { words });
  $('stories-title').textContent = `Stories matching “${words}”`;
  $('stories').replaceChildren(...articles.edges.map(e => storyItem(e.node, { snippet: e.snippet })));
  status(`${articles.totalCount} stories match; the best ${articles.edges.length} are shown.`);
}

function failed(e) {
  status(`Something went wrong: ${e.message}`);
}

follow($('quotes-chart'));
follow($('label-chart'));
$('country').addEventListener('change', e => showCountry(e.target.value).catch(failed));
$('pick').addEventListener('submit', e => e.preventDefault());
$('search').addEventListener('submit', e => {
  e.preventDefault();
  const words = $('search-words').value.trim();
  if (words) search(words).catch(failed);
});
$('label-form').addEventListener('submit', e => {
  e.preventDefault();
  drawLabel().catch(failed);
});

await loadCountries().catch(failed);
const initial = location.hash.slice(1).toUpperCase();
if (/^[A-Z]{2}$/.test(initial)) {
  $('country').value = initial;
  await showCountry(initial).catch(failed);
}
