import { randomBytes } from 'node:crypto';
import { makePartner, makePlan, signedIn } from './support/fixtures.js';
import { gql } from './support/graphql.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { testClock } from './support/clock.js';

// Pages are indented for people reading the source: compare text with runs of spaces as one.
const squash = (html: string) => html.replace(/\s+/g, ' ');

const secret = (field: string) => `SECRET-${field}-${randomBytes(4).toString('hex')}`;

describe('public progress page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /**
   * An active plan whose every non-public field holds a secret string, with action 1.1
   * published (with a public summary and a met milestone) and action 1.2 unpublished.
   */
  async function plantedPlan() {
    const partners = [await makePartner(t.prisma), await makePartner(t.prisma)];
    const { plan } = await makePlan(t.prisma, { priorities: 1, actionsPer: 2, partners });
    const secrets = {
      internalNotes: secret('internalNotes'),
      description: secret('description'),
      ragReason: secret('ragReason'),
      commentary: secret('commentary'),
      evidence: secret('evidence'),
      reviewNote: secret('reviewNote'),
      unpublishedTitle: secret('unpublishedTitle'),
      unpublishedSummary: secret('unpublishedSummary'),
    };
    await t.prisma.plan.update({
      where: { id: plan.id },
      data: {
        internalNotes: secrets.internalNotes,
        contactEmail: 'rural.crime@example.org',
        contactUrl: 'https://example.org/rural-crime',
      },
    });
    const [published, unpublished] = await t.prisma.action.findMany({
      where: { priority: { planId: plan.id } },
      orderBy: { ref: 'asc' },
    });
    await t.prisma.action.update({
      where: { id: published.id },
      data: {
        description: secrets.description,
        ragReason: secrets.ragReason,
        publicSummary: 'Marking farm machinery so that stolen kit can be traced & returned <safely>.',
        status: 'IN_PROGRESS',
        progress: 40,
      },
    });
    await t.prisma.action.update({
      where: { id: unpublished.id },
      data: { published: false, title: secrets.unpublishedTitle, publicSummary: secrets.unpublishedSummary },
    });
    await t.prisma.milestone.updateMany({
      where: { actionId: published.id, title: 'Overdue step' },
      data: { completedOn: new Date('2024-07-02'), evidence: secrets.evidence },
    });
    await t.prisma.actionUpdate.create({
      data: {
        actionId: published.id,
        version: 2,
        status: 'IN_PROGRESS',
        rag: 'GREEN',
        suggestedRag: 'GREEN',
        progress: 40,
        commentary: secrets.commentary,
        authorEmail: 'author@example.org',
        via: 'USER',
      },
    });
    const cycle = await t.prisma.reviewCycle.create({
      data: {
        planId: plan.id,
        financialYear: 2025,
        quarter: 1,
        opensOn: new Date('2025-06-01'),
        deadline: new Date('2025-06-30'),
      },
    });
    await t.prisma.reviewEntry.create({
      data: {
        cycleId: cycle.id,
        actionId: published.id,
        kind: 'DECISION',
        body: secrets.reviewNote,
        authorName: 'Reviewer',
        authorEmail: 'reviewer@example.org',
      },
    });
    return { plan, partners, published, unpublished, secrets };
  }

  function expectNoSecrets(text: string, s: Awaited<ReturnType<typeof plantedPlan>>) {
    for (const value of Object.values(s.secrets)) expect(text).not.toContain(value);
    for (const p of s.partners) {
      expect(text).not.toContain(p.contactEmail);
      expect(text).not.toContain(p.contactPhone);
    }
    expect(text).not.toContain('author@example.org');
    expect(text).not.toContain('reviewer@example.org');
  }

  it('shows an active plan’s published actions, progress in words, milestones met and contact, as HTML without scripts', async () => {
    const s = await plantedPlan();
    const res = await t.agent().get(`/public/plans/${s.plan.slug}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toContain('public');
    expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    const page = squash(res.text);
    expect(page).toContain('<html lang="en-GB"');
    expect(page).toContain('<a href="#main-content" class="govuk-skip-link">Skip to main content</a>');
    expect(page).toContain('<main class="govuk-main-wrapper" id="main-content">');
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain(s.plan.title);
    expect(page).toContain('Priority 1: Priority 1');
    expect(page).toContain('Action 1.1');
    expect(page).toContain('In progress');
    expect(page).toContain('40% complete overall. 1 action: 1 in progress.');
    // Text is escaped, never markup.
    expect(page).toContain('stolen kit can be traced &amp; returned &lt;safely&gt;.');
    expect(page).toMatch(/Overdue step <span class="app-nowrap">\(2 July 2024\)<\/span>/);
    expect(page).not.toContain('Future step');
    expect(page).toContain('href="mailto:rural.crime@example.org"');
    expect(page).toContain('href="https://example.org/rural-crime"');
    expect(page).toContain('Last updated');
    expect(page).toContain(`href="/open-data/plans/${s.plan.slug}.csv"`);
    expect(page).toContain(`href="/open-data/plans/${s.plan.slug}.json"`);
    expect(page).toContain('href="/public/accessibility"');
    expect(page).toContain('href="/public/privacy"');
    expectNoSecrets(page, s);
  });

  it('answers 304 to a browser that already has the page, and a new ETag once it changes', async () => {
    const s = await plantedPlan();
    const first = await t.agent().get(`/public/plans/${s.plan.slug}`);
    const again = await t
      .agent()
      .get(`/public/plans/${s.plan.slug}`)
      .set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    await t.prisma.action.update({
      where: { id: s.published.id },
      data: { status: 'COMPLETED', progress: 100 },
    });
    const changed = await t
      .agent()
      .get(`/public/plans/${s.plan.slug}`)
      .set('If-None-Match', first.headers.etag);
    expect(changed.status).toBe(200);
    expect(changed.text).toContain('Completed');
  });

  it('shows published indicators with their latest value, baseline, target, status and trend in words, marking example data', async () => {
    const s = await plantedPlan();
    const priority = await t.prisma.priority.findFirstOrThrow({ where: { planId: s.plan.id } });
    const base = {
      definition: 'Incidents recorded',
      dataSource: 'Police records',
      unit: 'COUNT' as const,
      direction: 'LOWER_IS_BETTER' as const,
      baselineLabel: '2019/20',
      baselineValue: 400,
      targetValue: 300,
      frequency: 'QUARTER' as const,
      priorities: { create: [{ priorityId: priority.id }] },
    };
    await t.prisma.indicator.create({
      data: {
        ...base,
        name: 'Rural burglary',
        published: true,
        exampleData: true,
        measurements: {
          create: [
            { periodStart: new Date('2025-04-01'), value: 350, recordedByEmail: 'recorder@example.org' },
            { periodStart: new Date('2025-07-01'), value: 290, recordedByEmail: 'recorder@example.org' },
          ],
        },
      },
    });
    const hidden = secret('unpublishedIndicator');
    await t.prisma.indicator.create({ data: { ...base, name: hidden, published: false } });
    const page = squash((await t.agent().get(`/public/plans/${s.plan.slug}`)).text);
    expect(page).toContain('Rural burglary');
    expect(page).toContain('Example data');
    expect(page).toMatch(/290<br \/><span class="govuk-body-s">2025\/26 Q2<\/span>/);
    expect(page).toContain('On target');
    expect(page).toContain('Improving');
    expect(page).not.toContain(hidden);
    expect(page).not.toContain('recorder@example.org');
  });

  it('answers a proper HTML 404 for draft, closed, archived and unknown plans', async () => {
    const draft = (await makePlan(t.prisma, { status: 'DRAFT', priorities: 1, actionsPer: 1 })).plan;
    const closed = (await makePlan(t.prisma, { status: 'CLOSED', priorities: 1, actionsPer: 1 })).plan;
    const archived = (await makePlan(t.prisma, { priorities: 1, actionsPer: 1 })).plan;
    await t.prisma.plan.update({ where: { id: archived.id }, data: { archivedAt: testClock.now() } });
    for (const slug of [draft.slug, closed.slug, archived.slug, 'no-such-plan']) {
      const res = await t.agent().get(`/public/plans/${slug}`);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.text).toContain('<h1 class="govuk-heading-l">Page not found</h1>');
      expect(res.text).not.toContain(
        slug === 'no-such-plan'
          ? 'never'
          : (await t.prisma.plan.findUniqueOrThrow({ where: { slug } })).title,
      );
    }
    const list = (await t.agent().get('/public/')).text;
    expect(list).not.toContain(draft.title);
    expect(list).not.toContain(closed.title);
    expect(list).not.toContain(archived.title);
  });

  it('lists active plans with their overall progress, and links each to its page', async () => {
    const s = await plantedPlan();
    const res = await t.agent().get('/public/');
    expect(res.status).toBe(200);
    const page = squash(res.text);
    expect(page).toContain(`<a class="govuk-link" href="/public/plans/${s.plan.slug}">${s.plan.title}</a>`);
    expect(page).toContain('1 action, 40% complete overall.');
  });

  it('serves the accessibility statement, the privacy notice and GOV.UK Frontend’s assets', async () => {
    const a11y = await t.agent().get('/public/accessibility');
    expect(a11y.status).toBe(200);
    expect(a11y.text).toContain('Accessibility statement for Partnership Tracker');
    expect(a11y.text).toContain('Enforcement procedure');
    expect(a11y.text).toContain('WCAG');
    const privacy = await t.agent().get('/public/privacy');
    expect(privacy.status).toBe(200);
    expect(privacy.text).toContain('lawful basis');
    expect(privacy.text).toContain('How long we keep it');
    const css = await t.agent().get('/public/assets/govuk-frontend.min.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    // The stylesheet's fonts point where the server serves them.
    const font = /url\((\/public\/assets\/fonts\/[^)]+\.woff2)\)/.exec(css.text)?.[1];
    expect(font).toBeDefined();
    const fontRes = await t.agent().get(font as string);
    expect(fontRes.status).toBe(200);
    expect(fontRes.headers['content-type']).toBe('font/woff2');
    expect((await t.agent().get('/public/assets/..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await t.agent().get('/public/no-such-page')).status).toBe(404);
  });
});

describe('the public through GraphQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const PLAN = `query($slug: String!) { plan(slug: $slug) {
    actionCount internalNotes
    priorities { actions { ref title description ragReason publicSummary published updates { commentary } latestUpdate { commentary }
      milestones { title evidence } } }
  } }`;

  async function setUp() {
    const partner = await makePartner(t.prisma);
    const { plan } = await makePlan(t.prisma, { priorities: 1, actionsPer: 2, partners: [partner] });
    const [shown, hidden] = await t.prisma.action.findMany({
      where: { priority: { planId: plan.id } },
      orderBy: { ref: 'asc' },
    });
    await t.prisma.action.update({
      where: { id: shown.id },
      data: { description: 'Working description', ragReason: 'Why amber', publicSummary: 'For residents' },
    });
    await t.prisma.action.update({ where: { id: hidden.id }, data: { published: false } });
    await t.prisma.milestone.updateMany({
      where: { actionId: shown.id },
      data: { evidence: 'Minutes of meeting' },
    });
    await t.prisma.actionUpdate.create({
      data: {
        actionId: shown.id,
        version: 2,
        status: 'IN_PROGRESS',
        rag: 'GREEN',
        suggestedRag: 'GREEN',
        progress: 50,
        commentary: 'Internal commentary',
        authorEmail: 'author@example.org',
        via: 'USER',
      },
    });
    return { plan, partner, shown, hidden };
  }

  it('sees only published actions, with their public summary and none of the internal fields', async () => {
    const s = await setUp();
    const res = await gql<any>(t.agent(), PLAN, { slug: s.plan.slug });
    expect(res.errors).toBeUndefined();
    expect(res.data.plan.actionCount).toBe(1);
    expect(res.data.plan.internalNotes).toBeNull();
    expect(res.data.plan.priorities[0].actions).toEqual([
      {
        ref: '1.1',
        title: 'Action 1.1',
        description: null,
        ragReason: null,
        publicSummary: 'For residents',
        published: true,
        updates: [],
        latestUpdate: null,
        milestones: [
          { title: 'Overdue step', evidence: null },
          { title: 'Future step', evidence: null },
        ],
      },
    ]);
    const one = await gql<any>(t.agent(), `query($id: ID!) { action(id: $id) { id } }`, { id: s.hidden.id });
    expect(one.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await gql<any>(
      t.agent(),
      `query($f: ActionFilter) { actions(filter: $f) { totalCount items { ref } } }`,
      { f: { planId: s.plan.id } },
    );
    expect(list.data.actions.items).toEqual([{ ref: '1.1' }]);
    const partner = await gql<any>(t.agent(), `query($id: ID!) { partner(id: $id) { ledActions { ref } } }`, {
      id: s.partner.id,
    });
    expect(partner.data.partner.ledActions).toEqual([{ ref: '1.1' }]);
  });

  it('searches the public summary, not the description, for the public', async () => {
    const s = await setUp();
    const search = (text: string) =>
      gql<any>(t.agent(), `query($f: ActionFilter) { actions(filter: $f) { items { ref } } }`, {
        f: { planId: s.plan.id, text },
      });
    expect((await search('residents')).data.actions.items).toEqual([{ ref: '1.1' }]);
    expect((await search('Working description')).data.actions.items).toEqual([]);
  });

  it('leaves signed-in users their whole view: unpublished actions and internal fields', async () => {
    const s = await setUp();
    const panel = await signedIn(t, 'PANEL_VIEWER', s.partner.id);
    const res = await gql<any>(panel.agent, PLAN, { slug: s.plan.slug });
    expect(res.data.plan.actionCount).toBe(2);
    const [shown, hidden] = res.data.plan.priorities[0].actions;
    expect(shown.description).toBe('Working description');
    expect(shown.ragReason).toBe('Why amber');
    expect(shown.updates).toEqual([{ commentary: 'Internal commentary' }]);
    expect(shown.milestones[0].evidence).toBe('Minutes of meeting');
    expect(hidden.published).toBe(false);
  });
});
