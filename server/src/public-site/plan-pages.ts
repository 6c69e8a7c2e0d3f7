import { evidenceKindLabel, fileSizeText } from '@partnership-tracker/domain';
import type { ActionStatus } from '../generated/prisma/enums.js';
import { html, type SafeHtml } from './html.js';
import { formatDay, formatMomentDay, page, type Site } from './layout.js';
import type {
  PublicAction,
  PublicEvidence,
  PublicIndicator,
  PublicPlan,
  PublicPriority,
} from './public-data.service.js';

export const STATUS_WORDS: Record<ActionStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  DEFERRED: 'Deferred',
  CANCELLED: 'Cancelled',
};

const STATUS_TAG: Record<ActionStatus, string> = {
  NOT_STARTED: 'govuk-tag--grey',
  IN_PROGRESS: '',
  COMPLETED: 'govuk-tag--teal',
  DEFERRED: 'govuk-tag--orange',
  CANCELLED: 'govuk-tag--grey',
};

const TARGET_WORDS = { ON_TARGET: 'On target', NEAR_TARGET: 'Near target', OFF_TARGET: 'Off target' };
const TREND_WORDS = { IMPROVING: 'Improving', STABLE: 'Stable', WORSENING: 'Worsening' };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A priority's progress in words: the weighted figure and how many actions are where. */
export function progressInWords(priority: Pick<PublicPriority, 'progress' | 'counts' | 'actions'>): string {
  const { counts } = priority;
  const parts = [
    counts.completed && `${counts.completed} completed`,
    counts.inProgress && `${counts.inProgress} in progress`,
    counts.notStarted && `${counts.notStarted} not started`,
    counts.deferred && `${counts.deferred} deferred`,
    counts.cancelled && `${counts.cancelled} cancelled`,
  ].filter(Boolean);
  if (priority.actions.length === 0) return 'No published actions yet.';
  return `${priority.progress}% complete overall. ${plural(priority.actions.length, 'action')}: ${parts.join(', ')}.`;
}

/** "(PNG image, 2.3 MB), for Signs installed": what a published file is, beside its link. */
const evidenceAbout = (e: PublicEvidence) =>
  `(${evidenceKindLabel(e.kind)}, ${fileSizeText(e.sizeBytes)})${e.milestone ? `, for ${e.milestone}` : ''}`;

function actionBlock(action: PublicAction): SafeHtml {
  const supporters = action.supportingPartners.length ? action.supportingPartners.join(', ') : 'None';
  const dates = [
    action.startDate && `Started ${formatDay(action.startDate)}`,
    action.dueDate && `Due ${formatDay(action.dueDate)}`,
  ].filter(Boolean);
  return html`<div class="app-action" id="action-${action.ref}">
    <h4 class="govuk-heading-s app-action__heading">
      <span class="app-action__ref">${action.ref}</span> <span>${action.title}</span>
    </h4>
    <p class="govuk-body">
      <strong class="govuk-tag ${STATUS_TAG[action.status]}">${STATUS_WORDS[action.status]}</strong>
      <span class="govuk-body-s">${action.progress}% complete</span>
    </p>
    ${action.publicSummary ? html`<p class="govuk-body">${action.publicSummary}</p>` : null}
    <dl class="govuk-summary-list govuk-summary-list--no-border app-action__facts">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Led by</dt>
        <dd class="govuk-summary-list__value">${action.leadPartner}</dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Supported by</dt>
        <dd class="govuk-summary-list__value">${supporters}</dd>
      </div>
      ${
        dates.length
          ? html`<div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Dates</dt>
              <dd class="govuk-summary-list__value">${dates.join('. ')}</dd>
            </div>`
          : null
      }
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Milestones met</dt>
        <dd class="govuk-summary-list__value">
          ${
            action.milestonesMet.length
              ? html`<ul class="govuk-list">
                  ${action.milestonesMet.map(
                    (m) =>
                      html`<li>${m.title} <span class="app-nowrap">(${formatDay(m.completedOn)})</span></li>`,
                  )}
                </ul>`
              : 'None yet'
          }
        </dd>
      </div>
      ${
        action.evidence.length
          ? html`<div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Evidence</dt>
              <dd class="govuk-summary-list__value">
                <ul class="govuk-list">
                  ${action.evidence.map(
                    (e) =>
                      html`<li>
                        <a class="govuk-link" href="${e.url}" download>${e.fileName}</a>
                        <span class="govuk-body-s">${evidenceAbout(e)}</span>
                      </li>`,
                  )}
                </ul>
              </dd>
            </div>`
          : null
      }
    </dl>
  </div>`;
}

function priorityBlock(priority: PublicPriority): SafeHtml {
  return html`<section class="govuk-!-margin-bottom-9" aria-labelledby="priority-${priority.number}">
    <h2 class="govuk-heading-l" id="priority-${priority.number}">
      Priority ${priority.number}: ${priority.title}
    </h2>
    ${priority.description ? html`<p class="govuk-body">${priority.description}</p>` : null}
    <div class="govuk-inset-text">
      <p class="govuk-body govuk-!-font-weight-bold">Overall progress</p>
      <p class="govuk-body">${progressInWords(priority)}</p>
    </div>
    <h3 class="govuk-heading-m">Actions</h3>
    ${priority.actions.map(actionBlock)}
  </section>`;
}

function indicatorRow(indicator: PublicIndicator): SafeHtml {
  return html`<tr class="govuk-table__row">
    <th scope="row" class="govuk-table__header">
      ${indicator.name}
      ${indicator.exampleData ? html`<br /><strong class="govuk-tag govuk-tag--grey">Example data</strong>` : null}
      ${indicator.caveat ? html`<br /><span class="govuk-body-s">${indicator.caveat}</span>` : null}
    </th>
    <td class="govuk-table__cell">
      ${indicator.latest ? html`${indicator.latest.valueText}<br /><span class="govuk-body-s">${indicator.latest.period}</span>` : 'No value yet'}
    </td>
    <td class="govuk-table__cell">
      ${indicator.baselineText}<br /><span class="govuk-body-s">${indicator.baselineLabel}</span>
    </td>
    <td class="govuk-table__cell">
      ${indicator.targetText ?? 'No target'}${indicator.targetDate ? html`<br /><span class="govuk-body-s">by ${formatDay(indicator.targetDate)}</span>` : null}
    </td>
    <td class="govuk-table__cell">${indicator.status ? TARGET_WORDS[indicator.status] : 'Not known yet'}</td>
    <td class="govuk-table__cell">
      ${indicator.trend ? TREND_WORDS[indicator.trend] : 'Not enough values yet'}
    </td>
    <td class="govuk-table__cell">
      <a class="govuk-link" href="/open-data/indicators/${indicator.id}.csv"
        >Download CSV<span class="govuk-visually-hidden"> of ${indicator.name}</span></a
      >
    </td>
  </tr>`;
}

function indicatorsBlock(indicators: PublicIndicator[]): SafeHtml | null {
  if (indicators.length === 0) return null;
  const example = indicators.some((i) => i.exampleData);
  return html`<section class="govuk-!-margin-bottom-9" aria-labelledby="indicators">
    <h2 class="govuk-heading-l" id="indicators">How we measure progress</h2>
    ${
      example
        ? html`<div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
            <strong class="govuk-warning-text__text"
              ><span class="govuk-visually-hidden">Warning</span> Indicators marked “Example data” show
              invented figures that illustrate the tracker. They are not real results.</strong
            >
          </div>`
        : null
    }
    <div class="app-table-wrap" role="region" aria-labelledby="indicators-caption" tabindex="0">
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--m" id="indicators-caption">
          Performance indicators
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">Indicator</th>
            <th scope="col" class="govuk-table__header">Latest</th>
            <th scope="col" class="govuk-table__header">Baseline</th>
            <th scope="col" class="govuk-table__header">Target</th>
            <th scope="col" class="govuk-table__header">Status</th>
            <th scope="col" class="govuk-table__header">Trend</th>
            <th scope="col" class="govuk-table__header">Data</th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          ${indicators.map(indicatorRow)}
        </tbody>
      </table>
    </div>
  </section>`;
}

function contactBlock(plan: PublicPlan): SafeHtml {
  return html`<section class="govuk-!-margin-bottom-9" aria-labelledby="contact">
    <h2 class="govuk-heading-l" id="contact">Contact the partnership</h2>
    ${
      plan.contactEmail || plan.contactUrl
        ? html`<ul class="govuk-list">
            ${
              plan.contactEmail
                ? html`<li>
                    Email: <a class="govuk-link" href="mailto:${plan.contactEmail}">${plan.contactEmail}</a>
                  </li>`
                : null
            }
            ${plan.contactUrl && /^https?:\/\//.test(plan.contactUrl) ? html`<li><a class="govuk-link" href="${plan.contactUrl}">${plan.contactUrl}</a></li>` : null}
          </ul>`
        : html`<p class="govuk-body">Contact ${plan.owner}.</p>`
    }
    <p class="govuk-body">
      This page is not a way to report a crime. In an emergency call 999. Otherwise call 101 or report it to
      the police online.
    </p>
  </section>`;
}

export function planPage(site: Site, plan: PublicPlan, openData: { json: string; csv: string }): string {
  const body = html` <span class="govuk-caption-l">${plan.owner}</span>
    <h1 class="govuk-heading-xl">${plan.title}</h1>
    ${plan.summary ? html`<p class="govuk-body-l">${plan.summary}</p>` : null}
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Runs</dt>
        <dd class="govuk-summary-list__value">${formatDay(plan.startDate)} to ${formatDay(plan.endDate)}</dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Overall progress</dt>
        <dd class="govuk-summary-list__value">${plan.progress}% complete</dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Last updated</dt>
        <dd class="govuk-summary-list__value">
          <time datetime="${plan.lastUpdated.toISOString()}">${formatMomentDay(plan.lastUpdated)}</time>
        </dd>
      </div>
    </dl>
    <nav aria-labelledby="contents" class="govuk-!-margin-bottom-8">
      <h2 class="govuk-heading-s" id="contents">Contents</h2>
      <ul class="govuk-list govuk-list--bullet">
        ${plan.priorities.map(
          (p) =>
            html`<li>
              <a class="govuk-link" href="#priority-${p.number}">Priority ${p.number}: ${p.title}</a>
            </li>`,
        )}
        ${plan.indicators.length ? html`<li><a class="govuk-link" href="#indicators">How we measure progress</a></li>` : null}
        <li><a class="govuk-link" href="#open-data">Open data</a></li>
        <li><a class="govuk-link" href="#contact">Contact the partnership</a></li>
      </ul>
    </nav>
    ${plan.priorities.map(priorityBlock)} ${indicatorsBlock(plan.indicators)}
    <section class="govuk-!-margin-bottom-9" aria-labelledby="open-data">
      <h2 class="govuk-heading-l" id="open-data">Open data</h2>
      <p class="govuk-body">Download the published actions of this plan and their status:</p>
      <ul class="govuk-list govuk-list--bullet">
        <li><a class="govuk-link" href="${openData.csv}" type="text/csv">Actions and status (CSV)</a></li>
        <li>
          <a class="govuk-link" href="${openData.json}" type="application/json">Actions and status (JSON)</a>
        </li>
      </ul>
      <p class="govuk-body">
        The data is available under the
        <a
          class="govuk-link"
          rel="license"
          href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
          >Open Government Licence v3.0</a
        >.
      </p>
    </section>
    ${contactBlock(plan)}`;
  return page({
    site,
    title: plan.title,
    body,
    current: 'plans',
    head: html`<link rel="alternate" type="application/json" href="${openData.json}" />
      <link rel="alternate" type="text/csv" href="${openData.csv}" />`,
  });
}

export function plansPage(
  site: Site,
  plans: {
    slug: string;
    title: string;
    summary: string | null;
    startDate: Date;
    endDate: Date;
    progress: number;
    actionCount: number;
  }[],
): string {
  const body = html` <h1 class="govuk-heading-xl">Progress of our plans</h1>
    <p class="govuk-body-l">
      See how ${site.organisationName ?? 'we'} and ${site.organisationName ? 'its' : 'our'} partners are
      delivering the plans ${site.organisationName ? 'they have' : 'we have'} published.
    </p>
    ${
      plans.length
        ? html`<ul class="govuk-list">
            ${plans.map(
              (p) =>
                html`<li class="govuk-!-margin-bottom-6">
                  <h2 class="govuk-heading-m govuk-!-margin-bottom-2">
                    <a class="govuk-link" href="/public/plans/${p.slug}">${p.title}</a>
                  </h2>
                  <p class="govuk-body govuk-!-margin-bottom-1">
                    ${formatDay(p.startDate)} to ${formatDay(p.endDate)}. ${plural(p.actionCount, 'action')},
                    ${p.progress}% complete overall.
                  </p>
                  ${p.summary ? html`<p class="govuk-body">${p.summary}</p>` : null}
                </li>`,
            )}
          </ul>`
        : html`<p class="govuk-body">There are no plans being delivered at the moment.</p>`
    }
    <h2 class="govuk-heading-m" id="open-data">Open data</h2>
    <p class="govuk-body">
      Each plan’s page links to its actions and status as CSV and JSON files, published under the Open
      Government Licence v3.0. The files keep the same address, so you can use them in your own tools.
    </p>`;
  return page({ site, title: 'Progress of our plans', body, current: 'plans' });
}

export function notFoundPage(site: Site): string {
  return page({
    site,
    title: 'Page not found',
    body: html`<h1 class="govuk-heading-l">Page not found</h1>
      <p class="govuk-body">If you typed the web address, check it is correct.</p>
      <p class="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p class="govuk-body">
        Plans that are not being delivered now are not published.
        <a class="govuk-link" href="/public/">See the plans being delivered</a>.
      </p>`,
  });
}
