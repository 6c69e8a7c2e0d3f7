// The floor: the whole plan dashboard as one hand-written SQL statement that builds the JSON in
// PostgreSQL, the same data as scripts/bench/dashboard.graphql asks of the app. $1 = plan slug,
// $2 = today on the UK calendar ('YYYY-MM-DD'), for overdue actions and milestones.
export const DASHBOARD_SQL = `
WITH plan AS (
  SELECT * FROM "Plan" WHERE slug = $1 AND "archivedAt" IS NULL
), pri AS (
  SELECT p.* FROM "Priority" p JOIN plan ON p."planId" = plan.id WHERE p."archivedAt" IS NULL
), act AS (
  SELECT a.*, (a."dueDate" IS NOT NULL AND a."dueDate" < $2::date
               AND a.status NOT IN ('COMPLETED', 'CANCELLED')) AS overdue
  FROM "Action" a JOIN pri ON a."priorityId" = pri.id WHERE a."archivedAt" IS NULL
), roll AS (
  SELECT "priorityId",
    count(*)::int AS n,
    count(*) FILTER (WHERE overdue)::int AS overdue,
    count(*) FILTER (WHERE rag = 'RED')::int AS red,
    count(*) FILTER (WHERE rag = 'AMBER')::int AS amber,
    count(*) FILTER (WHERE rag = 'GREEN')::int AS green,
    count(*) FILTER (WHERE status = 'NOT_STARTED')::int AS not_started,
    count(*) FILTER (WHERE status = 'IN_PROGRESS')::int AS in_progress,
    count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
    count(*) FILTER (WHERE status = 'DEFERRED')::int AS deferred,
    count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
    sum(progress * weight) FILTER (WHERE status <> 'CANCELLED') AS pw,
    sum(weight) FILTER (WHERE status <> 'CANCELLED') AS w
  FROM act GROUP BY ROLLUP ("priorityId")
)
SELECT json_build_object(
  'id', plan.id, 'slug', plan.slug, 'title', plan.title, 'summary', plan.summary, 'status', plan.status,
  'startDate', plan."startDate", 'endDate', plan."endDate",
  'progress', coalesce(round(t.pw::numeric / nullif(t.w, 0))::int, 0),
  'actionCount', coalesce(t.n, 0), 'overdueActionCount', coalesce(t.overdue, 0),
  'owner', (SELECT json_build_object('id', o.id, 'name', o.name) FROM "Partner" o WHERE o.id = plan."ownerPartnerId"),
  'ragCounts', json_build_object('red', coalesce(t.red, 0), 'amber', coalesce(t.amber, 0), 'green', coalesce(t.green, 0)),
  'statusCounts', json_build_object('notStarted', coalesce(t.not_started, 0), 'inProgress', coalesce(t.in_progress, 0),
    'completed', coalesce(t.completed, 0), 'deferred', coalesce(t.deferred, 0), 'cancelled', coalesce(t.cancelled, 0)),
  'overdueMilestones', (
    -- Oldest first; ties in plan order (priority, action ref, title), as the app lists them.
    SELECT coalesce(json_agg(json_build_object('id', m.id)
      ORDER BY m."dueDate", pri.number, string_to_array(act.ref, '.')::int[], m.title), '[]')
    FROM "Milestone" m JOIN act ON m."actionId" = act.id JOIN pri ON pri.id = act."priorityId"
    WHERE m."archivedAt" IS NULL AND m."completedOn" IS NULL AND m."dueDate" < $2::date),
  'priorities', (
    SELECT coalesce(json_agg(json_build_object(
      'id', pri.id, 'number', pri.number, 'title', pri.title, 'description', pri.description,
      'progress', coalesce(round(r.pw::numeric / nullif(r.w, 0))::int, 0),
      'overdueActionCount', coalesce(r.overdue, 0),
      'ragCounts', json_build_object('red', coalesce(r.red, 0), 'amber', coalesce(r.amber, 0), 'green', coalesce(r.green, 0)),
      'statusCounts', json_build_object('notStarted', coalesce(r.not_started, 0), 'inProgress', coalesce(r.in_progress, 0),
        'completed', coalesce(r.completed, 0), 'deferred', coalesce(r.deferred, 0), 'cancelled', coalesce(r.cancelled, 0)),
      'actions', (
        SELECT coalesce(json_agg(json_build_object(
          'id', a.id, 'ref', a.ref, 'title', a.title, 'status', a.status, 'rag', a.rag, 'progress', a.progress,
          'dueDate', a."dueDate", 'overdue', a.overdue,
          'leadPartner', (SELECT json_build_object('id', lp.id, 'name', lp.name) FROM "Partner" lp WHERE lp.id = a."leadPartnerId"),
          'supportingPartners', (
            SELECT coalesce(json_agg(json_build_object('id', sp.id, 'name', sp.name) ORDER BY sp.name), '[]')
            FROM "ActionSupporter" s JOIN "Partner" sp ON sp.id = s."partnerId" WHERE s."actionId" = a.id),
          'milestones', (
            SELECT coalesce(json_agg(json_build_object('id', m.id, 'title', m.title, 'dueDate', m."dueDate",
              'completedOn', m."completedOn") ORDER BY m."dueDate", m.title), '[]')
            FROM "Milestone" m WHERE m."actionId" = a.id AND m."archivedAt" IS NULL),
          'latestUpdate', (
            SELECT json_build_object('id', u.id, 'createdAt', to_char(u."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              'progress', u.progress, 'commentary', u.commentary)
            FROM "ActionUpdate" u WHERE u."actionId" = a.id ORDER BY u.version DESC LIMIT 1)
        ) ORDER BY string_to_array(a.ref, '.')::int[]), '[]')
        FROM act a WHERE a."priorityId" = pri.id)
    ) ORDER BY pri.number), '[]')
    FROM pri LEFT JOIN roll r ON r."priorityId" = pri.id)
) AS plan
FROM plan LEFT JOIN roll t ON t."priorityId" IS NULL AND t.n IS NOT NULL
`;
