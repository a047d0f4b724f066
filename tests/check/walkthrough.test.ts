// The five-minute path of docs/fixtures.md, end to end through the built
// program on a fixture set of its own: init → review (edit) → check fails →
// update → check passes; then a reviewed change to an article.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ARTICLE, pressfig } from './cli.js';

it('walks the five-minute path: init, review, check, update, check', () => {
  const project = mkdtempSync(join(tmpdir(), 'pressfig-walkthrough-'));
  mkdirSync(join(project, 'fixtures'));
  const article = join(project, 'fixtures', 'taiyuan-2022-04-16.txt');
  const expectedPath = join(project, 'fixtures', 'taiyuan-2022-04-16.expected.json');
  writeFileSync(article, ARTICLE);
  const check = (...args: string[]) => pressfig(['check', ...args], project);

  // 1. init: a first expected file from the current output, not yet reviewed
  const init = check('--init', 'fixtures/');
  expect(init.code).toBe(0);
  expect(init.stdout).toContain('wrote    fixtures/taiyuan-2022-04-16.expected.json (2 figures, "reviewed": false)');
  const unreviewed = check();
  expect(unreviewed.code).toBe(1);
  expect(unreviewed.stdout).toContain('FAIL fixtures/taiyuan-2022-04-16.txt (not reviewed)');

  // 2. review: the figures are right as read (3 confirmed, 5 asymptomatic, both
  // new and local, 15 April), but the article was published on 16 April
  // (2022年4月16日通报), which the tool does not read
  const doc = JSON.parse(readFileSync(expectedPath, 'utf8'));
  expect(doc.published).toBeNull();
  writeFileSync(expectedPath, JSON.stringify({ ...doc, reviewed: true, published: '2022-04-16' }, null, 2));

  // 3. check fails, naming the difference
  const failing = check();
  expect(failing.code).toBe(1);
  expect(failing.stdout).toContain('FAIL fixtures/taiyuan-2022-04-16.txt (1 difference)\n  changed  published: "2022-04-16" → null\n');

  // 4. update records it as a known gap of the tool; the reading stays as it is
  const update = check('--update');
  expect(update.code).toBe(0);
  expect(update.stdout).toContain('updated fixtures/taiyuan-2022-04-16.expected.json\n  known document published: "2022-04-16"');
  const updated = JSON.parse(readFileSync(expectedPath, 'utf8'));
  expect(updated).toMatchObject({ reviewed: true, published: '2022-04-16', knownDocument: ['published'] });

  // 5. check passes, the gap still shown
  const passing = check();
  expect(passing.code).toBe(0);
  expect(passing.stdout).toContain('ok   fixtures/taiyuan-2022-04-16.txt (2 expected, 1 known)\n  known    document published: "2022-04-16" → null\n');
  expect(check('--format', 'junit').code).toBe(0);

  // after a reviewed change: the article gains a sentence; the new figure fails
  // as extra until a person has read it and added it
  writeFileSync(article, ARTICLE.replace('5例。', '5例,新增死亡病例1例。'));
  const changed = check('--only-failures');
  expect(changed.code).toBe(1);
  expect(changed.stdout).toContain('  extra    cases.deaths=1例 2022-04-15  «死亡病例1例»');
  updated.figures.push({ metric: 'cases.deaths', value: 1, unit: '例', scope: 'new', date: '2022-04-15', evidence: '新增死亡病例1例' });
  writeFileSync(expectedPath, JSON.stringify(updated, null, 2));
  const again = check();
  expect(again.code).toBe(0);
  expect(again.stdout).toContain('ok   fixtures/taiyuan-2022-04-16.txt (3 expected, 1 known)');
});
