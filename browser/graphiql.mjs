// GraphiQL as a new user meets it: open /q/graphql-ui, type the README's first query into the editor, run it,
// and see the answer in the result pane, with no request answered 4xx/5xx and no console error.
//   node graphiql.mjs http://127.0.0.1:8080
import { readFileSync } from 'node:fs';
import { launch, watchedPage, screenshot, fail } from './browser.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const query = readme.match(/```graphql\n([\s\S]*?)```/)[1].trim();

const browser = await launch();
try {
  const { page, problems } = await watchedPage(browser);
  const schemaLoaded = page.waitForResponse(r => r.url().endsWith('/graphql') && r.request().method() === 'POST'
      && (r.request().postData() ?? '').includes('IntrospectionQuery'), { timeout: 60_000 });
  await page.goto(`${base}/q/graphql-ui/`, { waitUntil: 'networkidle0', timeout: 60_000 });
  const introspection = await schemaLoaded;
  const schema = await introspection.json();
  if (introspection.status() !== 200 || !schema.data?.__schema) {
    fail(`the schema did not load: HTTP ${introspection.status()} ${JSON.stringify(schema).slice(0, 300)}`);
  }

  // Type the query as a user would: the editor closes brackets and quotes itself and types over them, and
  // line breaks would accept its completion pop-ups, so the query goes in as one line.
  const editor = '.graphiql-query-editor .CodeMirror';
  await page.waitForSelector(editor, { timeout: 30_000 });
  await page.click(editor);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(query.replace(/\s+/g, ' '), { delay: 5 });
  const typed = await page.$eval(editor, e => e.CodeMirror.getValue());
  await screenshot(page, 'graphiql-typed');

  const answered = page.waitForResponse(r => r.url().endsWith('/graphql') && r.request().method() === 'POST'
      && !(r.request().postData() ?? '').includes('IntrospectionQuery'), { timeout: 30_000 });
  await page.click('.graphiql-execute-button');
  const response = await answered;
  const body = await response.json();
  await page.waitForFunction(() => document.querySelector('.graphiql-response')?.innerText.includes('Kyrgyzstan'),
      { timeout: 30_000 }).catch(() => fail('the result pane does not show "Kyrgyzstan"'));
  const pane = await page.$eval('.graphiql-response', e => e.innerText);
  const shot = await screenshot(page, 'graphiql-answer');

  if (body.errors) {
    fail(`the query answered errors: ${JSON.stringify(body.errors).slice(0, 300)}`);
  }
  const stories = body.data?.country?.stories?.nodes ?? [];
  if (body.data?.country?.name !== 'Kyrgyzstan' || stories.length === 0) {
    fail(`unexpected answer: ${JSON.stringify(body).slice(0, 300)}`);
  }
  for (const p of problems) {
    fail(p);
  }
  console.log(`GraphiQL at ${base}/q/graphql-ui/: schema loaded (${schema.data?.__schema?.types?.length} types); `
      + `typed ${typed.length} characters; answer HTTP ${response.status()} with ${stories.length} stories and `
      + `${stories.reduce((n, s) => n + s.metrics.length, 0)} figures; result pane shows ${pane.split('\n').length} lines; `
      + `${problems.length} failed requests or console errors; screenshot ${shot}`);
} finally {
  await browser.close();
}
if (process.exitCode) {
  console.error('GraphiQL check failed');
} else {
  console.log('GraphiQL check passed');
}
