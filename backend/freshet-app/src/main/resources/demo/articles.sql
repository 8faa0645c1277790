-- The demo knowledge base: 220 articles of a fictional company's internal wiki (Northwind).
insert into articles (id, title, body, author, tags, views, updated_at) values
(1, 'Introduction to PostgreSQL logical replication', 'This article introduces PostgreSQL logical replication for people who have not worked with it before.

An abandoned slot is the most common cause of a full disk on a primary, so monitor pg_replication_slots and alert on retained WAL. Publications choose which tables are replicated; a filtered publication keeps unrelated tables out of the stream.

A replication slot remembers how far a consumer has read; while the consumer is away, the server keeps every WAL segment the slot still needs. Logical replication decodes the write-ahead log into row changes, so consumers see inserts, updates and deletes in commit order.

Set wal_level to logical and restart the server before creating the first slot; the setting cannot be changed at run time. REPLICA IDENTITY FULL makes the old row image available for updates and deletes at the cost of more WAL.

Example: A replication slot remembers how far a consumer has read; while the consumer is away, the server keeps every WAL segment the slot still needs, which we confirmed again during the last review.

If something here is out of date, edit this article or tell the author.', 'Dana Kowalski', array['postgres','replication','cdc','howto'], 4467, '2026-01-05T16:00:00+00:00'),
(2, 'Introduction to Kafka consumer groups', 'This article introduces Kafka consumer groups for people who have not worked with it before.

When a member joins or leaves, the group rebalances and partitions move; cooperative rebalancing moves only the partitions that must move. A consumer group shares the partitions of a topic among its members, and each partition is read by exactly one member at a time.

Commit offsets after the work is done, never before, or a crash will skip records. Keying records by entity id keeps all changes of one entity in one partition and therefore in order.

max.poll.interval.ms bounds how long a consumer may spend between polls before the group considers it dead. Consumer lag is the distance between the newest offset and the committed offset; alert when it grows for longer than a few minutes.

Example: When a member joins or leaves, the group rebalances and partitions move; cooperative rebalancing moves only the partitions that must move, which we confirmed again during the last review.

Suggestions for improvement are welcome in the next retrospective.', 'Ada Okafor', array['kafka','messaging','howto'], 4597, '2026-01-06T00:00:00+00:00'),
(3, 'Introduction to Git branching strategy', 'This article introduces Git branching strategy for people who have not worked with it before.

Rebase your branch on main before asking for review so the diff shows only your change. Never force-push a shared branch; create a new branch instead.

Every merge to main needs one approving review and a green CI run.

We use short-lived feature branches that merge into main within two days.

Release branches are cut from main on Tuesdays and receive only fixes after that.

Tag releases with semantic versions; the tag triggers the container build.

Example: Rebase your branch on main before asking for review so the diff shows only your change, which we confirmed again during the last review.

Questions go to the #git channel.', 'Farid Haddad', array['git','workflow','howto'], 3462, '2026-01-06T08:00:00+00:00'),
(4, 'Introduction to On-call handbook', 'This article introduces on-call handbook for people who have not worked with it before.

On-call engineers get the following morning off after a night with more than two pages. Hand over open incidents explicitly at the end of a shift, in the channel, with the current hypothesis.

The primary on-call engineer acknowledges a page within five minutes during a shift. If you cannot acknowledge, the page escalates to the secondary after ten minutes.

Write down what you did while you do it; the timeline is the hardest part of a postmortem to reconstruct. Open an incident channel for anything that affects customers for more than fifteen minutes.

Example: Write down what you did while you do it; the timeline is the hardest part of a postmortem to reconstruct, which we confirmed again during the last review.

Questions go to the #oncall channel.', 'Liam O''Connell', array['oncall','operations','howto'], 2817, '2026-01-06T17:00:00+00:00'),
(5, 'Introduction to Password and secret management', 'This article introduces password and secret management for people who have not worked with it before.

Application credentials are issued per service and rotated every ninety days. Secrets live in the vault, never in the repository, the wiki or a chat message.

Personal passwords must be at least sixteen characters and stored in the company password manager. If a secret leaks, rotate it first and investigate second.

Multi-factor authentication is required for every production system.

Use the vault agent sidecar to inject secrets into containers as files, not environment variables.

Example: Secrets live in the vault, never in the repository, the wiki or a chat message, which we confirmed again during the last review.

Suggestions for improvement are welcome in the next retrospective.', 'Jonas Becker', array['security','secrets','howto'], 2962, '2026-01-07T00:00:00+00:00'),
(6, 'Introduction to Vector search basics', 'This article introduces vector search basics for people who have not worked with it before.

Store the source position with every chunk so stale results can be explained. An embedding model turns text into a vector so that similar meanings land close together.

Cosine similarity compares the direction of two vectors and ignores their length. Approximate nearest neighbour indexes such as HNSW trade a little recall for a large speed-up.

Chunk long documents before embedding: a chunk should hold one idea and fit the model''s context window.

Re-embedding only the chunks that changed keeps indexing cost proportional to the edit, not to the document.

Example: An embedding model turns text into a vector so that similar meanings land close together, which we confirmed again during the last review.

If something here is out of date, edit this article or tell the author.', 'Dana Kowalski', array['search','embeddings','rag','howto'], 3113, '2026-01-07T05:00:00+00:00'),
(7, 'Introduction to Onboarding for new engineers', 'This article introduces onboarding for new engineers for people who have not worked with it before.

Your first week is for setting up your laptop, meeting your team and shipping one small change. Your onboarding buddy answers questions for the first month; ask them anything.

Pair with a teammate on at least three code reviews before reviewing alone. Request access to the code host, the vault and the observability stack on day one.

Book a thirty-minute check-in with your manager at the end of weeks one, two and four. Read the architecture overview and the on-call handbook before your second week.

Example: Book a thirty-minute check-in with your manager at the end of weeks one, two and four, which we confirmed again during the last review.

See the related articles linked from the onboarding tag for more detail.', 'Chen Wei', array['onboarding','people','howto'], 4990, '2026-01-07T15:00:00+00:00'),
(8, 'Introduction to Expense and travel policy', 'This article introduces expense and travel policy for people who have not worked with it before.

Submit receipts within thirty days of the expense. Conference tickets need approval from your manager before purchase.

Meals are covered up to the daily allowance of the destination city. Economy class is the default for flights under six hours.

Book travel through the company portal so that the trip is insured.

Use the company card for hotels; personal cards are reimbursed only for small amounts.

Example: Submit receipts within thirty days of the expense, which we confirmed again during the last review.

Suggestions for improvement are welcome in the next retrospective.', 'Hiro Tanaka', array['finance','policy','howto'], 2656, '2026-01-07T23:00:00+00:00'),
(9, 'Introduction to Incident postmortems', 'This article introduces incident postmortems for people who have not worked with it before.

Follow-up actions are tracked in the reliability board and reviewed every two weeks. Publish the postmortem within five working days of the incident.

Every postmortem lists contributing factors, what went well and follow-up actions with owners. Postmortems are blameless: we ask what made the mistake easy, not who made it.

Include a timeline with timestamps in UTC.

Share the postmortem in the engineering all-hands when the incident affected customers.

Example: Postmortems are blameless: we ask what made the mistake easy, not who made it, which we confirmed again during the last review.

If something here is out of date, edit this article or tell the author.', 'Kavya Reddy', array['incidents','operations','howto'], 1741, '2026-01-08T05:00:00+00:00'),
(10, 'Introduction to Kubernetes deployments', 'This article introduces Kubernetes deployments for people who have not worked with it before.

Set resource requests so the scheduler can place pods, and limits so a runaway pod cannot starve its neighbours. Roll back with kubectl rollout undo when the new version misbehaves.

Readiness probes decide when a pod receives traffic; liveness probes decide when it is restarted. ConfigMaps hold configuration; Secrets hold credentials and are mounted as files.

Deployments roll out new pods gradually and keep old ones until the new ones are ready. Use a PodDisruptionBudget for services that must keep a minimum number of replicas during node maintenance.

Example: Readiness probes decide when a pod receives traffic; liveness probes decide when it is restarted, which we confirmed again during the last review.

Suggestions for improvement are welcome in the next retrospective.', 'Isabel Moreno', array['kubernetes','deploy','howto'], 4788, '2026-01-08T10:00:00+00:00'),
(11, 'Introduction to Observability stack', 'This article introduces observability stack for people who have not worked with it before.

Logs are structured JSON with a correlation id on every line. Traces sample one request in a hundred by default, and every request that fails.

Use exemplars to jump from a latency spike on a dashboard to a trace.

Metrics are scraped by Prometheus every fifteen seconds and kept for thirty days.

Dashboards live next to the service''s code so they are reviewed with it.

Alert on symptoms customers feel, such as error rate and latency, rather than on causes.

Example: Alert on symptoms customers feel, such as error rate and latency, rather than on causes, which we confirmed again during the last review.

Questions go to the #monitoring channel.', 'Bruno Lindqvist', array['monitoring','metrics','logs','howto'], 898, '2026-01-08T15:00:00+00:00'),
(12, 'Introduction to Code review guidelines', 'This article introduces code review guidelines for people who have not worked with it before.

Approve when the change makes the code better, even if it is not perfect. Keep changes small: under four hundred lines is easy to review well.

Review for correctness first, then for clarity, then for style. Respond to review requests within one working day.

Explain why in the description; the diff already shows what.

Ask questions rather than give orders, and say when a comment is only a suggestion.

Example: Ask questions rather than give orders, and say when a comment is only a suggestion, which we confirmed again during the last review.

Suggestions for improvement are welcome in the next retrospective.', 'Olivia Santos', array['review','engineering','howto'], 4334, '2026-01-08T23:00:00+00:00'),
(13, 'Introduction to Database migrations', 'This article introduces database migrations for people who have not worked with it before.

Create indexes concurrently on large tables to avoid locking writes. Test every migration against a copy of production-sized data before release.

Never edit a migration that has been released; write a new one.

Add columns as nullable first, backfill, then add the constraint in a later release.

Destructive migrations need a second reviewer from the data team.

Migrations are versioned SQL files applied by Flyway at start-up.

Example: Add columns as nullable first, backfill, then add the constraint in a later release, which we confirmed again during the last review.

Questions go to the #postgres channel.', 'Jonas Becker', array['postgres','migrations','howto'], 3561, '2026-01-09T05:00:00+00:00'),
(14, 'Introduction to Customer support escalation', 'This article introduces customer support escalation for people who have not worked with it before.

Escalate to engineering when a problem affects more than one customer or blocks a customer''s work. Engineering acknowledges escalations within one business day.

Keep the customer informed at least once a day while an escalation is open.

Close the loop: tell the customer what was fixed and when.

Attach the customer''s account id and the correlation id of a failing request to every escalation.

Tier one support answers within four business hours.

Example: Tier one support answers within four business hours, which we confirmed again during the last review.

See the related articles linked from the support tag for more detail.', 'Grace Mensah', array['support','customers','howto'], 1252, '2026-01-09T13:00:00+00:00'),
(15, 'Introduction to API design guidelines', 'This article introduces API design guidelines for people who have not worked with it before.

Version the API in the URL when a change would break clients. Document every endpoint with OpenAPI and keep the examples runnable.

Idempotency keys make retries of POST requests safe. Return 400 with a reason for bad input and 404 for a missing resource.

Paginate every list endpoint with a limit and a cursor.

Resources are nouns in the plural; actions are HTTP methods.

Example: Resources are nouns in the plural; actions are HTTP methods, which we confirmed again during the last review.

Questions go to the #api channel.', 'Liam O''Connell', array['api','rest','design','howto'], 2519, '2026-01-09T19:00:00+00:00'),
(16, 'Introduction to Laptop and device security', 'This article introduces laptop and device security for people who have not worked with it before.

Lock your screen when you leave your desk, even in the office. Do not plug unknown USB devices into a company laptop.

Personal devices may access email and chat only through the managed apps. Install operating system updates within seven days of release.

Report a lost or stolen device to IT within one hour. Full-disk encryption is required on every company laptop.

Example: Personal devices may access email and chat only through the managed apps, which we confirmed again during the last review.

If something here is out of date, edit this article or tell the author.', 'Elif Demir', array['security','it','howto'], 3893, '2026-01-10T05:00:00+00:00'),
(17, 'Introduction to Feature flags', 'This article introduces feature flags for people who have not worked with it before.

Every flag has an owner who is responsible for removing it. New flags default to off in production.

Flag names describe the feature, for example checkout-new-payment-form.

Feature flags separate deploying code from releasing a feature.

Use percentage rollouts to watch error rates before releasing to everyone.

Remove a flag within one month of a full rollout; old flags are technical debt.

Example: Remove a flag within one month of a full rollout; old flags are technical debt, which we confirmed again during the last review.

Last reviewed by the owning team this quarter.', 'Liam O''Connell', array['flags','deploy','howto'], 3588, '2026-01-10T12:00:00+00:00'),
(18, 'Introduction to Data retention', 'This article introduces data retention for people who have not worked with it before.

The data protection officer approves every new data store that holds personal data. Customer data is kept only as long as the contract requires.

Backups are kept for ninety days and are encrypted at rest. Deletion requests from customers are completed within thirty days.

Analytics data is pseudonymised before it leaves the production environment.

Logs containing personal data are deleted after thirty days.

Example: Customer data is kept only as long as the contract requires, which we confirmed again during the last review.

Suggestions for improvement are welcome in the next retrospective.', 'Hiro Tanaka', array['privacy','data','policy','howto'], 4820, '2026-01-10T16:00:00+00:00'),
(19, 'Introduction to Load testing', 'This article introduces load testing for people who have not worked with it before.

Measure latency percentiles, not averages: p99 shows what the slowest users feel. Repeat a run to see the noise before trusting a difference.

Ramp load gradually so you can see where latency starts to climb. A test that saturates the load generator measures the generator, not the service.

Record the machine size and the software version with every result. Load tests run against the staging environment, never production.

Example: Ramp load gradually so you can see where latency starts to climb, which we confirmed again during the last review.

Questions go to the #performance channel.', 'Hiro Tanaka', array['performance','testing','howto'], 2281, '2026-01-11T03:00:00+00:00'),
(20, 'Introduction to Team rituals', 'This article introduces team rituals for people who have not worked with it before.

Stand-up is fifteen minutes and covers blockers, not status. Meeting-free Wednesdays protect time for deep work.

Decisions are written down in the team''s decision log with the date and the reason. Planning happens every two weeks and ends with a written goal.

Retrospectives rotate facilitators so everyone runs one. Demo day is the last Friday of the month; every team shows one thing.

Example: Demo day is the last Friday of the month; every team shows one thing, which we confirmed again during the last review.

Last reviewed by the owning team this quarter.', 'Grace Mensah', array['people','process','howto'], 772, '2026-01-11T05:00:00+00:00'),
(21, 'PostgreSQL logical replication: frequently asked questions', 'These are the questions we hear most often about PostgreSQL logical replication, with short answers.

Logical replication decodes the write-ahead log into row changes, so consumers see inserts, updates and deletes in commit order. An abandoned slot is the most common cause of a full disk on a primary, so monitor pg_replication_slots and alert on retained WAL.

Publications choose which tables are replicated; a filtered publication keeps unrelated tables out of the stream. REPLICA IDENTITY FULL makes the old row image available for updates and deletes at the cost of more WAL.

A replication slot remembers how far a consumer has read; while the consumer is away, the server keeps every WAL segment the slot still needs.

Set wal_level to logical and restart the server before creating the first slot; the setting cannot be changed at run time.

Questions go to the #postgres channel.', 'Dana Kowalski', array['postgres','replication','cdc','faq'], 496, '2026-01-11T15:00:00+00:00'),
(22, 'Kafka consumer groups: frequently asked questions', 'These are the questions we hear most often about Kafka consumer groups, with short answers.

When a member joins or leaves, the group rebalances and partitions move; cooperative rebalancing moves only the partitions that must move. A consumer group shares the partitions of a topic among its members, and each partition is read by exactly one member at a time.

Consumer lag is the distance between the newest offset and the committed offset; alert when it grows for longer than a few minutes. Commit offsets after the work is done, never before, or a crash will skip records.

Keying records by entity id keeps all changes of one entity in one partition and therefore in order. max.poll.interval.ms bounds how long a consumer may spend between polls before the group considers it dead.

Suggestions for improvement are welcome in the next retrospective.', 'Olivia Santos', array['kafka','messaging','faq'], 1148, '2026-01-11T22:00:00+00:00'),
(23, 'Git branching strategy: frequently asked questions', 'These are the questions we hear most often about Git branching strategy, with short answers.

Never force-push a shared branch; create a new branch instead. Rebase your branch on main before asking for review so the diff shows only your change.

Tag releases with semantic versions; the tag triggers the container build. Every merge to main needs one approving review and a green CI run.

We use short-lived feature branches that merge into main within two days.

Release branches are cut from main on Tuesdays and receive only fixes after that.

Suggestions for improvement are welcome in the next retrospective.', 'Dana Kowalski', array['git','workflow','faq'], 414, '2026-01-12T07:00:00+00:00'),
(24, 'On-call handbook: frequently asked questions', 'These are the questions we hear most often about on-call handbook, with short answers.

If you cannot acknowledge, the page escalates to the secondary after ten minutes. The primary on-call engineer acknowledges a page within five minutes during a shift.

Open an incident channel for anything that affects customers for more than fifteen minutes. Hand over open incidents explicitly at the end of a shift, in the channel, with the current hypothesis.

Write down what you did while you do it; the timeline is the hardest part of a postmortem to reconstruct.

On-call engineers get the following morning off after a night with more than two pages.

Last reviewed by the owning team this quarter.', 'Priya Nair', array['oncall','operations','faq'], 1751, '2026-01-12T15:00:00+00:00'),
(25, 'Password and secret management: frequently asked questions', 'These are the questions we hear most often about password and secret management, with short answers.

If a secret leaks, rotate it first and investigate second. Secrets live in the vault, never in the repository, the wiki or a chat message.

Personal passwords must be at least sixteen characters and stored in the company password manager. Use the vault agent sidecar to inject secrets into containers as files, not environment variables.

Multi-factor authentication is required for every production system.

Application credentials are issued per service and rotated every ninety days.

See the related articles linked from the security tag for more detail.', 'Olivia Santos', array['security','secrets','faq'], 2336, '2026-01-12T19:00:00+00:00'),
(26, 'Vector search basics: frequently asked questions', 'These are the questions we hear most often about vector search basics, with short answers.

Approximate nearest neighbour indexes such as HNSW trade a little recall for a large speed-up. Re-embedding only the chunks that changed keeps indexing cost proportional to the edit, not to the document.

Chunk long documents before embedding: a chunk should hold one idea and fit the model''s context window. Store the source position with every chunk so stale results can be explained.

An embedding model turns text into a vector so that similar meanings land close together.

Cosine similarity compares the direction of two vectors and ignores their length.

If something here is out of date, edit this article or tell the author.', 'Bruno Lindqvist', array['search','embeddings','rag','faq'], 4744, '2026-01-13T04:00:00+00:00'),
(27, 'Onboarding for new engineers: frequently asked questions', 'These are the questions we hear most often about onboarding for new engineers, with short answers.

Your onboarding buddy answers questions for the first month; ask them anything. Pair with a teammate on at least three code reviews before reviewing alone.

Read the architecture overview and the on-call handbook before your second week.

Book a thirty-minute check-in with your manager at the end of weeks one, two and four.

Request access to the code host, the vault and the observability stack on day one.

Your first week is for setting up your laptop, meeting your team and shipping one small change.

Last reviewed by the owning team this quarter.', 'Farid Haddad', array['onboarding','people','faq'], 465, '2026-01-13T10:00:00+00:00'),
(28, 'Expense and travel policy: frequently asked questions', 'These are the questions we hear most often about expense and travel policy, with short answers.

Conference tickets need approval from your manager before purchase. Book travel through the company portal so that the trip is insured.

Meals are covered up to the daily allowance of the destination city.

Submit receipts within thirty days of the expense.

Use the company card for hotels; personal cards are reimbursed only for small amounts.

Economy class is the default for flights under six hours.

If something here is out of date, edit this article or tell the author.', 'Maya Rosen', array['finance','policy','faq'], 982, '2026-01-13T17:00:00+00:00'),
(29, 'Incident postmortems: frequently asked questions', 'These are the questions we hear most often about incident postmortems, with short answers.

Share the postmortem in the engineering all-hands when the incident affected customers. Include a timeline with timestamps in UTC.

Follow-up actions are tracked in the reliability board and reviewed every two weeks. Publish the postmortem within five working days of the incident.

Every postmortem lists contributing factors, what went well and follow-up actions with owners.

Postmortems are blameless: we ask what made the mistake easy, not who made it.

Suggestions for improvement are welcome in the next retrospective.', 'Kavya Reddy', array['incidents','operations','faq'], 2136, '2026-01-13T21:00:00+00:00'),
(30, 'Kubernetes deployments: frequently asked questions', 'These are the questions we hear most often about Kubernetes deployments, with short answers.

Deployments roll out new pods gradually and keep old ones until the new ones are ready. Readiness probes decide when a pod receives traffic; liveness probes decide when it is restarted.

Roll back with kubectl rollout undo when the new version misbehaves. Set resource requests so the scheduler can place pods, and limits so a runaway pod cannot starve its neighbours.

Use a PodDisruptionBudget for services that must keep a minimum number of replicas during node maintenance. ConfigMaps hold configuration; Secrets hold credentials and are mounted as files.

See the related articles linked from the kubernetes tag for more detail.', 'Olivia Santos', array['kubernetes','deploy','faq'], 2590, '2026-01-14T09:00:00+00:00'),
(31, 'Observability stack: frequently asked questions', 'These are the questions we hear most often about observability stack, with short answers.

Logs are structured JSON with a correlation id on every line. Alert on symptoms customers feel, such as error rate and latency, rather than on causes.

Traces sample one request in a hundred by default, and every request that fails. Use exemplars to jump from a latency spike on a dashboard to a trace.

Dashboards live next to the service''s code so they are reviewed with it. Metrics are scraped by Prometheus every fifteen seconds and kept for thirty days.

Suggestions for improvement are welcome in the next retrospective.', 'Grace Mensah', array['monitoring','metrics','logs','faq'], 4144, '2026-01-14T12:00:00+00:00'),
(32, 'Code review guidelines: frequently asked questions', 'These are the questions we hear most often about code review guidelines, with short answers.

Approve when the change makes the code better, even if it is not perfect. Explain why in the description; the diff already shows what.

Respond to review requests within one working day. Keep changes small: under four hundred lines is easy to review well.

Ask questions rather than give orders, and say when a comment is only a suggestion.

Review for correctness first, then for clarity, then for style.

If something here is out of date, edit this article or tell the author.', 'Olivia Santos', array['review','engineering','faq'], 4450, '2026-01-14T22:00:00+00:00'),
(33, 'Database migrations: frequently asked questions', 'These are the questions we hear most often about database migrations, with short answers.

Create indexes concurrently on large tables to avoid locking writes. Add columns as nullable first, backfill, then add the constraint in a later release.

Never edit a migration that has been released; write a new one.

Destructive migrations need a second reviewer from the data team.

Migrations are versioned SQL files applied by Flyway at start-up.

Test every migration against a copy of production-sized data before release.

Questions go to the #postgres channel.', 'Elif Demir', array['postgres','migrations','faq'], 2166, '2026-01-15T00:00:00+00:00'),
(34, 'Customer support escalation: frequently asked questions', 'These are the questions we hear most often about customer support escalation, with short answers.

Close the loop: tell the customer what was fixed and when. Tier one support answers within four business hours.

Attach the customer''s account id and the correlation id of a failing request to every escalation.

Engineering acknowledges escalations within one business day.

Escalate to engineering when a problem affects more than one customer or blocks a customer''s work.

Keep the customer informed at least once a day while an escalation is open.

If something here is out of date, edit this article or tell the author.', 'Kavya Reddy', array['support','customers','faq'], 1667, '2026-01-15T12:00:00+00:00'),
(35, 'API design guidelines: frequently asked questions', 'These are the questions we hear most often about API design guidelines, with short answers.

Document every endpoint with OpenAPI and keep the examples runnable. Version the API in the URL when a change would break clients.

Resources are nouns in the plural; actions are HTTP methods. Paginate every list endpoint with a limit and a cursor.

Return 400 with a reason for bad input and 404 for a missing resource. Idempotency keys make retries of POST requests safe.

Last reviewed by the owning team this quarter.', 'Isabel Moreno', array['api','rest','design','faq'], 361, '2026-01-15T14:00:00+00:00'),
(36, 'Laptop and device security: frequently asked questions', 'These are the questions we hear most often about laptop and device security, with short answers.

Report a lost or stolen device to IT within one hour. Lock your screen when you leave your desk, even in the office.

Personal devices may access email and chat only through the managed apps.

Full-disk encryption is required on every company laptop.

Do not plug unknown USB devices into a company laptop.

Install operating system updates within seven days of release.

Last reviewed by the owning team this quarter.', 'Ada Okafor', array['security','it','faq'], 916, '2026-01-15T21:00:00+00:00'),
(37, 'Feature flags: frequently asked questions', 'These are the questions we hear most often about feature flags, with short answers.

Remove a flag within one month of a full rollout; old flags are technical debt. New flags default to off in production.

Use percentage rollouts to watch error rates before releasing to everyone. Every flag has an owner who is responsible for removing it.

Flag names describe the feature, for example checkout-new-payment-form.

Feature flags separate deploying code from releasing a feature.

If something here is out of date, edit this article or tell the author.', 'Bruno Lindqvist', array['flags','deploy','faq'], 2525, '2026-01-16T06:00:00+00:00'),
(38, 'Data retention: frequently asked questions', 'These are the questions we hear most often about data retention, with short answers.

Deletion requests from customers are completed within thirty days. Customer data is kept only as long as the contract requires.

The data protection officer approves every new data store that holds personal data.

Analytics data is pseudonymised before it leaves the production environment.

Logs containing personal data are deleted after thirty days.

Backups are kept for ninety days and are encrypted at rest.

Questions go to the #privacy channel.', 'Liam O''Connell', array['privacy','data','policy','faq'], 4586, '2026-01-16T17:00:00+00:00'),
(39, 'Load testing: frequently asked questions', 'These are the questions we hear most often about load testing, with short answers.

A test that saturates the load generator measures the generator, not the service. Measure latency percentiles, not averages: p99 shows what the slowest users feel.

Ramp load gradually so you can see where latency starts to climb. Repeat a run to see the noise before trusting a difference.

Load tests run against the staging environment, never production. Record the machine size and the software version with every result.

Last reviewed by the owning team this quarter.', 'Ada Okafor', array['performance','testing','faq'], 1469, '2026-01-16T23:00:00+00:00'),
(40, 'Team rituals: frequently asked questions', 'These are the questions we hear most often about team rituals, with short answers.

Decisions are written down in the team''s decision log with the date and the reason. Retrospectives rotate facilitators so everyone runs one.

Stand-up is fifteen minutes and covers blockers, not status.

Meeting-free Wednesdays protect time for deep work.

Planning happens every two weeks and ends with a written goal.

Demo day is the last Friday of the month; every team shows one thing.

Questions go to the #people channel.', 'Maya Rosen', array['people','process','faq'], 317, '2026-01-17T07:00:00+00:00'),
(41, 'Runbook: PostgreSQL logical replication', 'Use this runbook when you are responsible for PostgreSQL logical replication and something needs attention.

Logical replication decodes the write-ahead log into row changes, so consumers see inserts, updates and deletes in commit order. A replication slot remembers how far a consumer has read; while the consumer is away, the server keeps every WAL segment the slot still needs.

Set wal_level to logical and restart the server before creating the first slot; the setting cannot be changed at run time. An abandoned slot is the most common cause of a full disk on a primary, so monitor pg_replication_slots and alert on retained WAL.

REPLICA IDENTITY FULL makes the old row image available for updates and deletes at the cost of more WAL.

Publications choose which tables are replicated; a filtered publication keeps unrelated tables out of the stream.

If something here is out of date, edit this article or tell the author.', 'Hiro Tanaka', array['postgres','replication','cdc','runbook'], 193, '2026-01-17T13:00:00+00:00'),
(42, 'Runbook: Kafka consumer groups', 'Use this runbook when you are responsible for Kafka consumer groups and something needs attention.

Consumer lag is the distance between the newest offset and the committed offset; alert when it grows for longer than a few minutes. Keying records by entity id keeps all changes of one entity in one partition and therefore in order.

A consumer group shares the partitions of a topic among its members, and each partition is read by exactly one member at a time. When a member joins or leaves, the group rebalances and partitions move; cooperative rebalancing moves only the partitions that must move.

max.poll.interval.ms bounds how long a consumer may spend between polls before the group considers it dead.

Commit offsets after the work is done, never before, or a crash will skip records.

See the related articles linked from the kafka tag for more detail.', 'Maya Rosen', array['kafka','messaging','runbook'], 4392, '2026-01-17T17:00:00+00:00'),
(43, 'Runbook: Git branching strategy', 'Use this runbook when you are responsible for Git branching strategy and something needs attention.

Release branches are cut from main on Tuesdays and receive only fixes after that. Rebase your branch on main before asking for review so the diff shows only your change.

Every merge to main needs one approving review and a green CI run. Never force-push a shared branch; create a new branch instead.

Tag releases with semantic versions; the tag triggers the container build. We use short-lived feature branches that merge into main within two days.

Questions go to the #git channel.', 'Nikolai Petrov', array['git','workflow','runbook'], 2831, '2026-01-18T03:00:00+00:00'),
(44, 'Runbook: On-call handbook', 'Use this runbook when you are responsible for on-call handbook and something needs attention.

On-call engineers get the following morning off after a night with more than two pages. Write down what you did while you do it; the timeline is the hardest part of a postmortem to reconstruct.

Hand over open incidents explicitly at the end of a shift, in the channel, with the current hypothesis. Open an incident channel for anything that affects customers for more than fifteen minutes.

If you cannot acknowledge, the page escalates to the secondary after ten minutes.

The primary on-call engineer acknowledges a page within five minutes during a shift.

Questions go to the #oncall channel.', 'Nikolai Petrov', array['oncall','operations','runbook'], 13, '2026-01-18T09:00:00+00:00'),
(45, 'Runbook: Password and secret management', 'Use this runbook when you are responsible for password and secret management and something needs attention.

Use the vault agent sidecar to inject secrets into containers as files, not environment variables. Personal passwords must be at least sixteen characters and stored in the company password manager.

Secrets live in the vault, never in the repository, the wiki or a chat message.

Multi-factor authentication is required for every production system.

If a secret leaks, rotate it first and investigate second.

Application credentials are issued per service and rotated every ninety days.

See the related articles linked from the security tag for more detail.', 'Kavya Reddy', array['security','secrets','runbook'], 1020, '2026-01-18T17:00:00+00:00'),
(46, 'Runbook: Vector search basics', 'Use this runbook when you are responsible for vector search basics and something needs attention.

An embedding model turns text into a vector so that similar meanings land close together. Re-embedding only the chunks that changed keeps indexing cost proportional to the edit, not to the document.

Approximate nearest neighbour indexes such as HNSW trade a little recall for a large speed-up. Chunk long documents before embedding: a chunk should hold one idea and fit the model''s context window.

Cosine similarity compares the direction of two vectors and ignores their length.

Store the source position with every chunk so stale results can be explained.

Last reviewed by the owning team this quarter.', 'Jonas Becker', array['search','embeddings','rag','runbook'], 4541, '2026-01-18T20:00:00+00:00'),
(47, 'Runbook: Onboarding for new engineers', 'Use this runbook when you are responsible for onboarding for new engineers and something needs attention.

Book a thirty-minute check-in with your manager at the end of weeks one, two and four. Your onboarding buddy answers questions for the first month; ask them anything.

Your first week is for setting up your laptop, meeting your team and shipping one small change.

Request access to the code host, the vault and the observability stack on day one.

Pair with a teammate on at least three code reviews before reviewing alone.

Read the architecture overview and the on-call handbook before your second week.

Suggestions for improvement are welcome in the next retrospective.', 'Jonas Becker', array['onboarding','people','runbook'], 3326, '2026-01-19T06:00:00+00:00'),
(48, 'Runbook: Expense and travel policy', 'Use this runbook when you are responsible for expense and travel policy and something needs attention.

Meals are covered up to the daily allowance of the destination city. Book travel through the company portal so that the trip is insured.

Economy class is the default for flights under six hours.

Use the company card for hotels; personal cards are reimbursed only for small amounts.

Conference tickets need approval from your manager before purchase.

Submit receipts within thirty days of the expense.

Suggestions for improvement are welcome in the next retrospective.', 'Kavya Reddy', array['finance','policy','runbook'], 3809, '2026-01-19T12:00:00+00:00'),
(49, 'Runbook: Incident postmortems', 'Use this runbook when you are responsible for incident postmortems and something needs attention.

Include a timeline with timestamps in UTC. Follow-up actions are tracked in the reliability board and reviewed every two weeks.

Postmortems are blameless: we ask what made the mistake easy, not who made it.

Every postmortem lists contributing factors, what went well and follow-up actions with owners.

Share the postmortem in the engineering all-hands when the incident affected customers.

Publish the postmortem within five working days of the incident.

Questions go to the #incidents channel.', 'Jonas Becker', array['incidents','operations','runbook'], 4222, '2026-01-19T21:00:00+00:00'),
(50, 'Runbook: Kubernetes deployments', 'Use this runbook when you are responsible for Kubernetes deployments and something needs attention.

Readiness probes decide when a pod receives traffic; liveness probes decide when it is restarted. ConfigMaps hold configuration; Secrets hold credentials and are mounted as files.

Use a PodDisruptionBudget for services that must keep a minimum number of replicas during node maintenance.

Deployments roll out new pods gradually and keep old ones until the new ones are ready.

Set resource requests so the scheduler can place pods, and limits so a runaway pod cannot starve its neighbours.

Roll back with kubectl rollout undo when the new version misbehaves.

See the related articles linked from the kubernetes tag for more detail.', 'Hiro Tanaka', array['kubernetes','deploy','runbook'], 1631, '2026-01-20T00:00:00+00:00'),
(51, 'Runbook: Observability stack', 'Use this runbook when you are responsible for observability stack and something needs attention.

Dashboards live next to the service''s code so they are reviewed with it. Use exemplars to jump from a latency spike on a dashboard to a trace.

Traces sample one request in a hundred by default, and every request that fails. Metrics are scraped by Prometheus every fifteen seconds and kept for thirty days.

Alert on symptoms customers feel, such as error rate and latency, rather than on causes.

Logs are structured JSON with a correlation id on every line.

Last reviewed by the owning team this quarter.', 'Grace Mensah', array['monitoring','metrics','logs','runbook'], 3145, '2026-01-20T09:00:00+00:00'),
(52, 'Runbook: Code review guidelines', 'Use this runbook when you are responsible for code review guidelines and something needs attention.

Respond to review requests within one working day. Approve when the change makes the code better, even if it is not perfect.

Review for correctness first, then for clarity, then for style. Keep changes small: under four hundred lines is easy to review well.

Explain why in the description; the diff already shows what. Ask questions rather than give orders, and say when a comment is only a suggestion.

Last reviewed by the owning team this quarter.', 'Hiro Tanaka', array['review','engineering','runbook'], 1440, '2026-01-20T19:00:00+00:00'),
(53, 'Runbook: Database migrations', 'Use this runbook when you are responsible for database migrations and something needs attention.

Never edit a migration that has been released; write a new one. Create indexes concurrently on large tables to avoid locking writes.

Add columns as nullable first, backfill, then add the constraint in a later release. Test every migration against a copy of production-sized data before release.

Migrations are versioned SQL files applied by Flyway at start-up. Destructive migrations need a second reviewer from the data team.

Last reviewed by the owning team this quarter.', 'Elif Demir', array['postgres','migrations','runbook'], 3806, '2026-01-21T01:00:00+00:00'),
(54, 'Runbook: Customer support escalation', 'Use this runbook when you are responsible for customer support escalation and something needs attention.

Tier one support answers within four business hours. Keep the customer informed at least once a day while an escalation is open.

Engineering acknowledges escalations within one business day.

Escalate to engineering when a problem affects more than one customer or blocks a customer''s work.

Attach the customer''s account id and the correlation id of a failing request to every escalation.

Close the loop: tell the customer what was fixed and when.

Last reviewed by the owning team this quarter.', 'Farid Haddad', array['support','customers','runbook'], 3888, '2026-01-21T06:00:00+00:00'),
(55, 'Runbook: API design guidelines', 'Use this runbook when you are responsible for API design guidelines and something needs attention.

Resources are nouns in the plural; actions are HTTP methods. Paginate every list endpoint with a limit and a cursor.

Document every endpoint with OpenAPI and keep the examples runnable.

Version the API in the URL when a change would break clients.

Idempotency keys make retries of POST requests safe.

Return 400 with a reason for bad input and 404 for a missing resource.

If something here is out of date, edit this article or tell the author.', 'Isabel Moreno', array['api','rest','design','runbook'], 3603, '2026-01-21T10:00:00+00:00'),
(56, 'Runbook: Laptop and device security', 'Use this runbook when you are responsible for laptop and device security and something needs attention.

Full-disk encryption is required on every company laptop. Lock your screen when you leave your desk, even in the office.

Personal devices may access email and chat only through the managed apps. Do not plug unknown USB devices into a company laptop.

Report a lost or stolen device to IT within one hour.

Install operating system updates within seven days of release.

Suggestions for improvement are welcome in the next retrospective.', 'Chen Wei', array['security','it','runbook'], 1133, '2026-01-21T18:00:00+00:00'),
(57, 'Runbook: Feature flags', 'Use this runbook when you are responsible for feature flags and something needs attention.

Flag names describe the feature, for example checkout-new-payment-form. Every flag has an owner who is responsible for removing it.

Feature flags separate deploying code from releasing a feature. Use percentage rollouts to watch error rates before releasing to everyone.

Remove a flag within one month of a full rollout; old flags are technical debt. New flags default to off in production.

Last reviewed by the owning team this quarter.', 'Nikolai Petrov', array['flags','deploy','runbook'], 2710, '2026-01-22T04:00:00+00:00'),
(58, 'Runbook: Data retention', 'Use this runbook when you are responsible for data retention and something needs attention.

Backups are kept for ninety days and are encrypted at rest. The data protection officer approves every new data store that holds personal data.

Logs containing personal data are deleted after thirty days. Deletion requests from customers are completed within thirty days.

Analytics data is pseudonymised before it leaves the production environment.

Customer data is kept only as long as the contract requires.

Suggestions for improvement are welcome in the next retrospective.', 'Ada Okafor', array['privacy','data','policy','runbook'], 4716, '2026-01-22T10:00:00+00:00'),
(59, 'Runbook: Load testing', 'Use this runbook when you are responsible for load testing and something needs attention.

Repeat a run to see the noise before trusting a difference. Load tests run against the staging environment, never production.

A test that saturates the load generator measures the generator, not the service. Record the machine size and the software version with every result.

Measure latency percentiles, not averages: p99 shows what the slowest users feel.

Ramp load gradually so you can see where latency starts to climb.

Suggestions for improvement are welcome in the next retrospective.', 'Hiro Tanaka', array['performance','testing','runbook'], 3999, '2026-01-22T15:00:00+00:00'),
(60, 'Runbook: Team rituals', 'Use this runbook when you are responsible for team rituals and something needs attention.

Decisions are written down in the team''s decision log with the date and the reason. Demo day is the last Friday of the month; every team shows one thing.

Planning happens every two weeks and ends with a written goal. Retrospectives rotate facilitators so everyone runs one.

Stand-up is fifteen minutes and covers blockers, not status.

Meeting-free Wednesdays protect time for deep work.

Last reviewed by the owning team this quarter.', 'Farid Haddad', array['people','process','runbook'], 3828, '2026-01-22T22:00:00+00:00'),
(61, 'PostgreSQL logical replication best practices', 'These practices come from several years of running PostgreSQL logical replication at Northwind.

Set wal_level to logical and restart the server before creating the first slot; the setting cannot be changed at run time. Logical replication decodes the write-ahead log into row changes, so consumers see inserts, updates and deletes in commit order.

An abandoned slot is the most common cause of a full disk on a primary, so monitor pg_replication_slots and alert on retained WAL. REPLICA IDENTITY FULL makes the old row image available for updates and deletes at the cost of more WAL.

A replication slot remembers how far a consumer has read; while the consumer is away, the server keeps every WAL segment the slot still needs. Publications choose which tables are replicated; a filtered publication keeps unrelated tables out of the stream.

Example: REPLICA IDENTITY FULL makes the old row image available for updates and deletes at the cost of more WAL, which we confirmed again during the last review.

Last reviewed by the owning team this quarter.', 'Elif Demir', array['postgres','replication','cdc','guide'], 3782, '2026-01-23T05:00:00+00:00'),
(62, 'Kafka consumer groups best practices', 'These practices come from several years of running Kafka consumer groups at Northwind.

Consumer lag is the distance between the newest offset and the committed offset; alert when it grows for longer than a few minutes. Commit offsets after the work is done, never before, or a crash will skip records.

max.poll.interval.ms bounds how long a consumer may spend between polls before the group considers it dead. A consumer group shares the partitions of a topic among its members, and each partition is read by exactly one member at a time.

When a member joins or leaves, the group rebalances and partitions move; cooperative rebalancing moves only the partitions that must move.

Keying records by entity id keeps all changes of one entity in one partition and therefore in order.

Example: Commit offsets after the work is done, never before, or a crash will skip records, which we confirmed again during the last review.

See the related articles linked from the kafka tag for more detail.', 'Maya Rosen', array['kafka','messaging','guide'], 2279, '2026-01-23T17:00:00+00:00'),
(63, 'Git branching strategy best practices', 'These practices come from several years of running Git branching strategy at Northwind.

Tag releases with semantic versions; the tag triggers the container build. Release branches are cut from main on Tuesdays and receive only fixes after that.

Never force-push a shared branch; create a new branch instead.

Every merge to main needs one approving review and a green CI run.

We use short-lived feature branches that merge into main within two days.

Rebase your branch on main before asking for review so the diff shows only your change.

Example: Tag releases with semantic versions; the tag triggers the container build, which we confirmed again during the last review.

Questions go to the #git channel.', 'Liam O''Connell', array['git','workflow','guide'], 1836, '2026-01-23T23:00:00+00:00'),
(64, 'On-call handbook best practices', 'These practices come from several years of running on-call handbook at Northwind.

If you cannot acknowledge, the page escalates to the secondary after ten minutes. Hand over open incidents explicitly at the end of a shift, in the channel, with the current hypothesis.

Open an incident channel for anything that affects customers for more than fifteen minutes. On-call engineers get the following morning off after a night with more than two pages.

Write down what you did while you do it; the timeline is the hardest part of a postmortem to reconstruct. The primary on-call engineer acknowledges a page within five minutes during a shift.

Example: Hand over open incidents explicitly at the end of a shift, in the channel, with the current hypothesis, which we confirmed again during the last review.

If something here is out of date, edit this article or tell the author.', 'Hiro Tanaka', array['oncall','operations','guide'], 1034, '2026-01-24T04:00:00+00:00'),
(65, 'Password and secret management best practices', 'These practices come from several years of running password and secret management at Northwind.

Personal passwords must be at least sixteen characters and stored in the company password manager. Secrets live in the vault, never in the repository, the wiki or a chat message.

If a secret leaks, rotate it first and investigate second. Multi-factor authentication is required for every production system.

Use the vault agent sidecar to inject secrets into containers as files, not environment variables.

Application credentials are issued per service and rotated every ninety days.

Example: Application credentials are issued per service and rotated every ninety days, which we confirmed again during the last review.

Suggestions for improvement are welcome in the next retrospective.', 'Dana Kowalski', array['security','secrets','guide'], 1341, '2026-01-24T10:00:00+00:00'),
(66, 'Vector search basics best practices', 'These practices come from several years of running vector search basics at Northwind.

Cosine similarity compares the direction of two vectors and ignores their length. Re-embedding only the chunks that changed keeps indexing cost proportional to the edit, not to the document.

Chunk long documents before embedding: a chunk should hold one idea and fit the model''s context window. An embedding model turns text into a vector so that similar meanings land close together.

Approximate nearest neighbour indexes such as HNSW trade a little recall for a large speed-up.

Store the source position with every chunk so stale results can be explained.

Example: Store the source position with every chunk so stale results can be explained, which we confirmed again during the last review.

If something here is out of date, edit this article or tell the author.', 'Chen Wei', array['search','embeddings','rag','guide'], 4850, '2026-01-24T20:00:00+00:00'),
(67, 'Onboarding for new engineers best practices', 'These practices come from several years of running onboarding for new engineers at Northwind.

Read the architecture overview and the on-call handbook before your second week. Book a thirty-minute check-in with your manager at the end of weeks one, two and four.

Pair with a teammate on at least three code reviews before reviewing alone.

Request access to the code host, the vault and the observability stack on day one.

Your first week is for setting up your laptop, meeting your team and shipping one small change.

Your onboarding buddy answers questions for the first month; ask them anything.

Example: Pair with a teammate on at least three code reviews before reviewing alone, which we confirmed again during the last review.

Questions go to the #onboarding channel.', 'Bruno Lindqvist', array['onboarding','people','guide'], 2844, '2026-01-25T02:00:00+00:00'),
(68, 'Expense and travel policy best practices', 'These practices come from several years of running expense and travel policy at Northwind.

Use the company card for hotels; personal cards are reimbursed only for small amounts. Book travel through the company portal so that the trip is insured.

Economy class is the default for flights under six hours. Submit receipts within thirty days of the expense.

Conference tickets need approval from your manager before purchase. Meals are covered up to the daily allowance of the destination city.

Example: Meals are covered up to the daily allowance of the destination city, which we confirmed again during the last review.

Last reviewed by the owning team this quarter.', 'Dana Kowalski', array['finance','policy','guide'], 3551, '2026-01-25T07:00:00+00:00'),
(69, 'Incident postmortems best practices', 'These practices come from several years of running incident postmortems at Northwind.

Every postmortem lists contributing factors, what went well and follow-up actions with owners. Share the postmortem in the engineering all-hands when the incident affected customers.

Postmortems are blameless: we ask what made the mistake easy, not who made it.

Include a timeline with timestamps in UTC.

Publish the postmortem within five working days of the incident.

Follow-up actions are tracked in the reliability board and reviewed every two weeks.

Example: Include a timeline with timestamps in UTC, which we confirmed again during the last review.

See the related articles linked from the incidents tag for more detail.', 'Priya Nair', array['incidents','operations','guide'], 3808, '2026-01-25T15:00:00+00:00'),
(70, 'Kubernetes deployments best practices', 'These practices come from several years of running Kubernetes deployments at Northwind.

Use a PodDisruptionBudget for services that must keep a minimum number of replicas during node maintenance. Set resource requests so the scheduler can place pods, and limits so a runaway pod cannot starve its neighbours.

Deployments roll out new pods gradually and keep old ones until the new ones are ready. Roll back with kubectl rollout undo when the new version misbehaves.

Readiness probes decide when a pod receives traffic; liveness probes decide when it is restarted. ConfigMaps hold configuration; Secrets hold credentials and are mounted as files.

Example: Set resource requests so the scheduler can place pods, and limits so a runaway pod cannot starve its neighbours, which we confirmed again during the last review.

Last reviewed by the owning team this quarter.', 'Hiro Tanaka', array['kubernetes','deploy','guide'], 3806, '2026-01-25T23:00:00+00:00'),
(71, 'Observability stack best practices', 'These practices come from several years of running observability stack at Northwind.

Use exemplars to jump from a latency spike on a dashboard to a trace. Alert on symptoms customers feel, such as error rate and latency, rather than on causes.

Logs are structured JSON with a correlation id on every line. Traces sample one request in a hundred by default, and every request that fails.

Metrics are scraped by Prometheus every fifteen seconds and kept for thirty days.

Dashboards live next to the service''s code so they are reviewed with it.

Example: Logs are structured JSON with a correlation id on every line, which we confirmed again during the last review.

Last reviewed by the owning team this quarter.', 'Grace Mensah', array['monitoring','metrics','logs','guide'], 2906, '2026-01-26T08:00:00+00:00'),
(72, 'Code review guidelines best practices', 'These practices come from several years of running code review guidelines at Northwind.

Review for correctness first, then for clarity, then for style. Explain why in the description; the diff already shows what.

Keep changes small: under four hundred lines is easy to review well.

Ask questions rather than give orders, and say when a comment is only a suggestion.

Approve when the change makes the code better, even if it is not perfect.

Respond to review requests within one working day.

Example: Review for correctness first, then for clarity, then for style, which we confirmed again during the last review.

Suggestions for improvement are welcome in the next retrospective.', 'Grace Mensah', array['review','engineering','guide'], 701, '2026-01-26T10:00:00+00:00'),
(73, 'Database migrations best practices', 'These practices come from several years of running database migrations at Northwind.

Never edit a migration that has been released; write a new one. Destructive migrations need a second reviewer from the data team.

Migrations are versioned SQL files applied by Flyway at start-up.

Add columns as nullable first, backfill, then add the constraint in a later release.

Test every migration against a copy of production-sized data before release.

Create indexes concurrently on large tables to avoid locking writes.

Example: Create indexes concurrently on large tables to avoid locking writes, which we confirmed again during the last review.

Last reviewed by the owning team this quarter.', 'Olivia Santos', array['postgres','migrations','guide'], 141, '2026-01-26T16:00:00+00:00'),
(74, 'Customer support escalation best practices', 'These practices come from several years of running customer support escalation at Northwind.

Keep the customer informed at least once a day while an escalation is open. Escalate to engineering when a problem affects more than one customer or blocks a customer''s work.

Tier one support answers within four business hours. Attach the customer''s account id and the correlation id of a failing request to every escalation.

Close the loop: tell the customer what was fixed and when.

Engineering acknowledges escalations within one business day.

Example: Close the loop: tell the customer what was fixed and when, which we confirmed again during the last review.

Suggestions for improvement are welcome in the next retrospective.', 'Liam O''Connell', array['support','customers','guide'], 3876, '2026-01-27T03:00:00+00:00'),
(75, 'API design guidelines best practices', 'These practices come from several years of running API design guidelines at Northwind.

Resources are nouns in the plural; actions are HTTP methods. Paginate every list endpoint with a limit and a cursor.

Return 400 with a reason for bad input and 404 for a missing resource. Document every endpoint with OpenAPI and keep the examples runnable.

Idempotency keys make retries of POST requests safe.

Version the API in the URL when a change would break clients.

Example: Idempotency keys make retries of POST requests safe, which we confirmed again during the last review.

Last reviewed by the owning team this quarter.', 'Isabel Moreno', array['api','rest','design','guide'], 2511, '2026-01-27T08:00:00+00:00'),
(76, 'Laptop and device security best practices', 'These practices come from several years of running laptop and device security at Northwind.

Lock your screen when you leave your desk, even in the office. Install operating system updates within seven days of release.

Personal devices may access email and chat only through the managed apps.

Report a lost or stolen device to IT within one hour.

Do not plug unknown USB devices into a company laptop.

Full-disk encryption is required on every company laptop.

Example: Personal devices may access email and chat only through the managed apps, which we confirmed again during the last review.

If something here is out of date, edit this article or tell the author.', 'Grace Mensah', array['security','it','guide'], 1772, '2026-01-27T18:00:00+00:00'),
(77, 'Feature flags best practices', 'These practices come from several years of running feature flags at Northwind.

New flags default to off in production. Remove a flag within one month of a full rollout; old flags are technical debt.

Every flag has an owner who is responsible for removing it. Use percentage rollouts to watch error rates before releasing to everyone.

Feature flags separate deploying code from releasing a feature.

Flag names describe the feature, for example checkout-new-payment-form.

Example: New flags default to off in production, which we confirmed again during the last review.

See the related articles linked from the flags tag for more detail.', 'Farid Haddad', array['flags','deploy','guide'], 2476, '2026-01-27T20:00:00+00:00'),
(78, 'Data retention best practices', 'These practices come from several years of running data retention at Northwind.

Backups are kept for ninety days and are encrypted at rest. Logs containing personal data are deleted after thirty days.

Customer data is kept only as long as the contract requires. Analytics data is pseudonymised before it leaves the production environment.

Deletion requests from customers are completed within thirty days. The data protection officer approves every new data store that holds personal data.

Example: Analytics data is pseudonymised before it leaves the production environment, which we confirmed again during the last review.

See the related articles linked from the privacy tag for more detail.', 'Elif Demir', array['privacy','data','policy','guide'], 4021, '2026-01-28T03:00:00+00:00'),
(79, 'Load testing best practices', 'These practices come from several years of running load testing at Northwind.

A test that saturates the load generator measures the generator, not the service. Repeat a run to see the noise before trusting a difference.

Record the machine size and the software version with every result. Load tests run against the staging environment, never production.

Measure latency percentiles, not averages: p99 shows what the slowest users feel.

Ramp load gradually so you can see where latency starts to climb.

Example: Ramp load gradually so you can see where latency starts to climb, which we confirmed again during the last review.

If something here is out of date, edit this article or tell the author.', 'Bruno Lindqvist', array['performance','testing','guide'], 2068, '2026-01-28T16:00:00+00:00'),
(80, 'Team rituals best practices', 'These practices come from several years of running team rituals at Northwind.

Decisions are written down in the team''s decision log with the date and the reason. Meeting-free Wednesdays protect time for deep work.

Retrospectives rotate facilitators so everyone runs one. Stand-up is fifteen minutes and covers blockers, not status.

Planning happens every two weeks and ends with a written goal. Demo day is the last Friday of the month; every team shows one thing.

Example: Meeting-free Wednesdays protect time for deep work, which we confirmed again during the last review.

Questions go to the #people channel.', 'Elif Demir', array['people','process','guide'], 1222, '2026-01-28T23:00:00+00:00'),
(81, 'Troubleshooting PostgreSQL logical replication', 'When PostgreSQL logical replication misbehaves, work through these checks in order.

A replication slot remembers how far a consumer has read; while the consumer is away, the server keeps every WAL segment the slot still needs. Publications choose which tables are replicated; a filtered publication keeps unrelated tables out of the stream.

REPLICA IDENTITY FULL makes the old row image available for updates and deletes at the cost of more WAL.

An abandoned slot is the most common cause of a full disk on a primary, so monitor pg_replication_slots and alert on retained WAL.

Logical replication decodes the write-ahead log into row changes, so consumers see inserts, updates and deletes in commit order.

Set wal_level to logical and restart the server before creating the first slot; the setting cannot be changed at run time.

Last reviewed by the owning team this quarter.', 'Hiro Tanaka', array['postgres','replication','cdc','troubleshooting'], 4280, '2026-01-29T03:00:00+00:00'),
(82, 'Troubleshooting Kafka consumer groups', 'When Kafka consumer groups misbehaves, work through these checks in order.

A consumer group shares the partitions of a topic among its members, and each partition is read by exactly one member at a time. max.poll.interval.ms bounds how long a consumer may spend between polls before the group considers it dead.

When a member joins or leaves, the group rebalances and partitions move; cooperative rebalancing moves only the partitions that must move. Keying records by entity id keeps all changes of one entity in one partition and therefore in order.

Consumer lag is the distance between the newest offset and the committed offset; alert when it grows for longer than a few minutes.

Commit offsets after the work is done, never before, or a crash will skip records.

Suggestions for improvement are welcome in the next retrospective.', 'Bruno Lindqvist', array['kafka','messaging','troubleshooting'], 4994, '2026-01-29T12:00:00+00:00'),
(83, 'Troubleshooting Git branching strategy', 'When Git branching strategy misbehaves, work through these checks in order.

Rebase your branch on main before asking for review so the diff shows only your change. Tag releases with semantic versions; the tag triggers the container build.

Never force-push a shared branch; create a new branch instead. Every merge to main needs one approving review and a green CI run.

Release branches are cut from main on Tuesdays and receive only fixes after that. We use short-lived feature branches that merge into main within two days.

If something here is out of date, edit this article or tell the author.', 'Farid Haddad', array['git','workflow','troubleshooting'], 4521, '2026-01-29T14:00:00+00:00'),
(84, 'Troubleshooting On-call handbook', 'When on-call handbook misbehaves, work through these checks in order.

Hand over open incidents explicitly at the end of a shift, in the channel, with the current hypothesis. The primary on-call engineer acknowledges a page within five minutes during a shift.

Open an incident channel for anything that affects customers for more than fifteen minutes. If you cannot acknowledge, the page escalates to the secondary after ten minutes.

On-call engineers get the following morning off after a night with more than two pages.

Write down what you did while you do it; the timeline is the hardest part of a postmortem to reconstruct.

Questions go to the #oncall channel.', 'Hiro Tanaka', array['oncall','operations','troubleshooting'], 2360, '2026-01-30T02:00:00+00:00'),
(85, 'Troubleshooting Password and secret management', 'When password and secret management misbehaves, work through these checks in order.

Application credentials are issued per service and rotated every ninety days. Use the vault agent sidecar to inject secrets into containers as files, not environment variables.

Personal passwords must be at least sixteen characters and stored in the company password manager. If a secret leaks, rotate it first and investigate second.

Multi-factor authentication is required for every production system.

Secrets live in the vault, never in the repository, the wiki or a chat message.

Suggestions for improvement are welcome in the next retrospective.', 'Grace Mensah', array['security','secrets','troubleshooting'], 3482, '2026-01-30T04:00:00+00:00'),
(86, 'Troubleshooting Vector search basics', 'When vector search basics misbehaves, work through these checks in order.

Chunk long documents before embedding: a chunk should hold one idea and fit the model''s context window. Store the source position with every chunk so stale results can be explained.

An embedding model turns text into a vector so that similar meanings land close together. Approximate nearest neighbour indexes such as HNSW trade a little recall for a large speed-up.

Cosine similarity compares the direction of two vectors and ignores their length. Re-embedding only the chunks that changed keeps indexing cost proportional to the edit, not to the document.

Questions go to the #search channel.', 'Farid Haddad', array['search','embeddings','rag','troubleshooting'], 2519, '2026-01-30T15:00:00+00:00'),
(87, 'Troubleshooting Onboarding for new engineers', 'When onboarding for new engineers misbehaves, work through these checks in order.

Read the architecture overview and the on-call handbook before your second week. Pair with a teammate on at least three code reviews before reviewing alone.

Your first week is for setting up your laptop, meeting your team and shipping one small change. Book a thirty-minute check-in with your manager at the end of weeks one, two and four.

Your onboarding buddy answers questions for the first month; ask them anything.

Request access to the code host, the vault and the observability stack on day one.

See the related articles linked from the onboarding tag for more detail.', 'Maya Rosen', array['onboarding','people','troubleshooting'], 2230, '2026-01-30T22:00:00+00:00'),
(88, 'Troubleshooting Expense and travel policy', 'When expense and travel policy misbehaves, work through these checks in order.

Economy class is the default for flights under six hours. Meals are covered up to the daily allowance of the destination city.

Submit receipts within thirty days of the expense. Conference tickets need approval from your manager before purchase.

Book travel through the company portal so that the trip is insured.

Use the company card for hotels; personal cards are reimbursed only for small amounts.

See the related articles linked from the finance tag for more detail.', 'Isabel Moreno', array['finance','policy','troubleshooting'], 211, '2026-01-31T01:00:00+00:00'),
(89, 'Troubleshooting Incident postmortems', 'When incident postmortems misbehaves, work through these checks in order.

Follow-up actions are tracked in the reliability board and reviewed every two weeks. Publish the postmortem within five working days of the incident.

Share the postmortem in the engineering all-hands when the incident affected customers.

Every postmortem lists contributing factors, what went well and follow-up actions with owners.

Postmortems are blameless: we ask what made the mistake easy, not who made it.

Include a timeline with timestamps in UTC.

Questions go to the #incidents channel.', 'Farid Haddad', array['incidents','operations','troubleshooting'], 3854, '2026-01-31T12:00:00+00:00'),
(90, 'Troubleshooting Kubernetes deployments', 'When Kubernetes deployments misbehaves, work through these checks in order.

Roll back with kubectl rollout undo when the new version misbehaves. ConfigMaps hold configuration; Secrets hold credentials and are mounted as files.

Readiness probes decide when a pod receives traffic; liveness probes decide when it is restarted.

Deployments roll out new pods gradually and keep old ones until the new ones are ready.

Set resource requests so the scheduler can place pods, and limits so a runaway pod cannot starve its neighbours.

Use a PodDisruptionBudget for services that must keep a minimum number of replicas during node maintenance.

Last reviewed by the owning team this quarter.', 'Chen Wei', array['kubernetes','deploy','troubleshooting'], 3850, '2026-01-31T17:00:00+00:00'),
(91, 'Troubleshooting Observability stack', 'When observability stack misbehaves, work through these checks in order.

Logs are structured JSON with a correlation id on every line. Traces sample one request in a hundred by default, and every request that fails.

Metrics are scraped by Prometheus every fifteen seconds and kept for thirty days. Dashboards live next to the service''s code so they are reviewed with it.

Use exemplars to jump from a latency spike on a dashboard to a trace. Alert on symptoms customers feel, such as error rate and latency, rather than on causes.

See the related articles linked from the monitoring tag for more detail.', 'Nikolai Petrov', array['monitoring','metrics','logs','troubleshooting'], 4058, '2026-02-01T00:00:00+00:00'),
(92, 'Troubleshooting Code review guidelines', 'When code review guidelines misbehaves, work through these checks in order.

Explain why in the description; the diff already shows what. Ask questions rather than give orders, and say when a comment is only a suggestion.

Approve when the change makes the code better, even if it is not perfect. Respond to review requests within one working day.

Keep changes small: under four hundred lines is easy to review well.

Review for correctness first, then for clarity, then for style.

See the related articles linked from the review tag for more detail.', 'Kavya Reddy', array['review','engineering','troubleshooting'], 949, '2026-02-01T11:00:00+00:00'),
(93, 'Troubleshooting Database migrations', 'When database migrations misbehaves, work through these checks in order.

Destructive migrations need a second reviewer from the data team. Test every migration against a copy of production-sized data before release.

Never edit a migration that has been released; write a new one. Create indexes concurrently on large tables to avoid locking writes.

Add columns as nullable first, backfill, then add the constraint in a later release.

Migrations are versioned SQL files applied by Flyway at start-up.

Questions go to the #postgres channel.', 'Grace Mensah', array['postgres','migrations','troubleshooting'], 4247, '2026-02-01T14:00:00+00:00'),
(94, 'Troubleshooting Customer support escalation', 'When customer support escalation misbehaves, work through these checks in order.

Escalate to engineering when a problem affects more than one customer or blocks a customer''s work. Engineering acknowledges escalations within one business day.

Attach the customer''s account id and the correlation id of a failing request to every escalation. Keep the customer informed at least once a day while an escalation is open.

Tier one support answers within four business hours.

Close the loop: tell the customer what was fixed and when.

Suggestions for improvement are welcome in the next retrospective.', 'Elif Demir', array['support','customers','troubleshooting'], 2359, '2026-02-01T22:00:00+00:00'),
(95, 'Troubleshooting API design guidelines', 'When API design guidelines misbehaves, work through these checks in order.

Return 400 with a reason for bad input and 404 for a missing resource. Idempotency keys make retries of POST requests safe.

Paginate every list endpoint with a limit and a cursor.

Document every endpoint with OpenAPI and keep the examples runnable.

Resources are nouns in the plural; actions are HTTP methods.

Version the API in the URL when a change would break clients.

If something here is out of date, edit this article or tell the author.', 'Jonas Becker', array['api','rest','design','troubleshooting'], 4512, '2026-02-02T02:00:00+00:00'),
(96, 'Troubleshooting Laptop and device security', 'When laptop and device security misbehaves, work through these checks in order.

Install operating system updates within seven days of release. Report a lost or stolen device to IT within one hour.

Lock your screen when you leave your desk, even in the office. Personal devices may access email and chat only through the managed apps.

Do not plug unknown USB devices into a company laptop.

Full-disk encryption is required on every company laptop.

Questions go to the #security channel.', 'Elif Demir', array['security','it','troubleshooting'], 4082, '2026-02-02T14:00:00+00:00'),
(97, 'Troubleshooting Feature flags', 'When feature flags misbehaves, work through these checks in order.

Feature flags separate deploying code from releasing a feature. Flag names describe the feature, for example checkout-new-payment-form.

Use percentage rollouts to watch error rates before releasing to everyone. Remove a flag within one month of a full rollout; old flags are technical debt.

New flags default to off in production.

Every flag has an owner who is responsible for removing it.

If something here is out of date, edit this article or tell the author.', 'Olivia Santos', array['flags','deploy','troubleshooting'], 4515, '2026-02-02T17:00:00+00:00'),
(98, 'Troubleshooting Data retention', 'When data retention misbehaves, work through these checks in order.

Backups are kept for ninety days and are encrypted at rest. Logs containing personal data are deleted after thirty days.

The data protection officer approves every new data store that holds personal data. Deletion requests from customers are completed within thirty days.

Customer data is kept only as long as the contract requires.

Analytics data is pseudonymised before it leaves the production environment.

See the related articles linked from the privacy tag for more detail.', 'Isabel Moreno', array['privacy','data','policy','troubleshooting'], 21, '2026-02-03T01:00:00+00:00'),
(99, 'Troubleshooting Load testing', 'When load testing misbehaves, work through these checks in order.

Repeat a run to see the noise before trusting a difference. A test that saturates the load generator measures the generator, not the service.

Measure latency percentiles, not averages: p99 shows what the slowest users feel.

Load tests run against the staging environment, never production.

Record the machine size and the software version with every result.

Ramp load gradually so you can see where latency starts to climb.

Last reviewed by the owning team this quarter.', 'Liam O''Connell', array['performance','testing','troubleshooting'], 2723, '2026-02-03T10:00:00+00:00'),
(100, 'Troubleshooting Team rituals', 'When team rituals misbehaves, work through these checks in order.

Retrospectives rotate facilitators so everyone runs one. Meeting-free Wednesdays protect time for deep work.

Stand-up is fifteen minutes and covers blockers, not status.

Planning happens every two weeks and ends with a written goal.

Decisions are written down in the team''s decision log with the date and the reason.

Demo day is the last Friday of the month; every team shows one thing.

If something here is out of date, edit this article or tell the author.', 'Maya Rosen', array['people','process','troubleshooting'], 1913, '2026-02-03T19:00:00+00:00'),
(101, 'PostgreSQL logical replication checklist', 'Go through this checklist before you change anything related to PostgreSQL logical replication.

Publications choose which tables are replicated; a filtered publication keeps unrelated tables out of the stream. An abandoned slot is the most common cause of a full disk on a primary, so monitor pg_replication_slots and alert on retained WAL.

A replication slot remembers how far a consumer has read; while the consumer is away, the server keeps every WAL segment the slot still needs.

REPLICA IDENTITY FULL makes the old row image available for updates and deletes at the cost of more WAL.

Set wal_level to logical and restart the server before creating the first slot; the setting cannot be changed at run time.

Logical replication decodes the write-ahead log into row changes, so consumers see inserts, updates and deletes in commit order.

Last reviewed by the owning team this quarter.', 'Maya Rosen', array['postgres','replication','cdc','checklist'], 1246, '2026-02-03T23:00:00+00:00'),
(102, 'Kafka consumer groups checklist', 'Go through this checklist before you change anything related to Kafka consumer groups.

Keying records by entity id keeps all changes of one entity in one partition and therefore in order. Commit offsets after the work is done, never before, or a crash will skip records.

Consumer lag is the distance between the newest offset and the committed offset; alert when it grows for longer than a few minutes. When a member joins or leaves, the group rebalances and partitions move; cooperative rebalancing moves only the partitions that must move.

max.poll.interval.ms bounds how long a consumer may spend between polls before the group considers it dead. A consumer group shares the partitions of a topic among its members, and each partition is read by exactly one member at a time.

Suggestions for improvement are welcome in the next retrospective.', 'Olivia Santos', array['kafka','messaging','checklist'], 125, '2026-02-04T08:00:00+00:00'),
(103, 'Git branching strategy checklist', 'Go through this checklist before you change anything related to Git branching strategy.

Rebase your branch on main before asking for review so the diff shows only your change. Release branches are cut from main on Tuesdays and receive only fixes after that.

Tag releases with semantic versions; the tag triggers the container build. Every merge to main needs one approving review and a green CI run.

We use short-lived feature branches that merge into main within two days.

Never force-push a shared branch; create a new branch instead.

See the related articles linked from the git tag for more detail.', 'Maya Rosen', array['git','workflow','checklist'], 657, '2026-02-04T16:00:00+00:00'),
(104, 'On-call handbook checklist', 'Go through this checklist before you change anything related to on-call handbook.

The primary on-call engineer acknowledges a page within five minutes during a shift. Open an incident channel for anything that affects customers for more than fifteen minutes.

On-call engineers get the following morning off after a night with more than two pages.

If you cannot acknowledge, the page escalates to the secondary after ten minutes.

Write down what you did while you do it; the timeline is the hardest part of a postmortem to reconstruct.

Hand over open incidents explicitly at the end of a shift, in the channel, with the current hypothesis.

Questions go to the #oncall channel.', 'Chen Wei', array['oncall','operations','checklist'], 1923, '2026-02-04T22:00:00+00:00'),
(105, 'Password and secret management checklist', 'Go through this checklist before you change anything related to password and secret management.

Use the vault agent sidecar to inject secrets into containers as files, not environment variables. If a secret leaks, rotate it first and investigate second.

Secrets live in the vault, never in the repository, the wiki or a chat message. Multi-factor authentication is required for every production system.

Personal passwords must be at least sixteen characters and stored in the company password manager.

Application credentials are issued per service and rotated every ninety days.

Questions go to the #security channel.', 'Dana Kowalski', array['security','secrets','checklist'], 3634, '2026-02-05T01:00:00+00:00'),
(106, 'Vector search basics checklist', 'Go through this checklist before you change anything related to vector search basics.

Re-embedding only the chunks that changed keeps indexing cost proportional to the edit, not to the document. An embedding model turns text into a vector so that similar meanings land close together.

Approximate nearest neighbour indexes such as HNSW trade a little recall for a large speed-up. Chunk long documents before embedding: a chunk should hold one idea and fit the model''s context window.

Cosine similarity compares the direction of two vectors and ignores their length. Store the source position with every chunk so stale results can be explained.

See the related articles linked from the search tag for more detail.', 'Liam O''Connell', array['search','embeddings','rag','checklist'], 3070, '2026-02-05T10:00:00+00:00'),
(107, 'Onboarding for new engineers checklist', 'Go through this checklist before you change anything related to onboarding for new engineers.

Pair with a teammate on at least three code reviews before reviewing alone. Read the architecture overview and the on-call handbook before your second week.

Your first week is for setting up your laptop, meeting your team and shipping one small change. Book a thirty-minute check-in with your manager at the end of weeks one, two and four.

Request access to the code host, the vault and the observability stack on day one. Your onboarding buddy answers questions for the first month; ask them anything.

If something here is out of date, edit this article or tell the author.', 'Chen Wei', array['onboarding','people','checklist'], 4992, '2026-02-05T20:00:00+00:00'),
(108, 'Expense and travel policy checklist', 'Go through this checklist before you change anything related to expense and travel policy.

Submit receipts within thirty days of the expense. Economy class is the default for flights under six hours.

Book travel through the company portal so that the trip is insured. Conference tickets need approval from your manager before purchase.

Use the company card for hotels; personal cards are reimbursed only for small amounts. Meals are covered up to the daily allowance of the destination city.

Last reviewed by the owning team this quarter.', 'Isabel Moreno', array['finance','policy','checklist'], 3764, '2026-02-05T23:00:00+00:00'),
(109, 'Incident postmortems checklist', 'Go through this checklist before you change anything related to incident postmortems.

Every postmortem lists contributing factors, what went well and follow-up actions with owners. Follow-up actions are tracked in the reliability board and reviewed every two weeks.

Include a timeline with timestamps in UTC. Postmortems are blameless: we ask what made the mistake easy, not who made it.

Publish the postmortem within five working days of the incident. Share the postmortem in the engineering all-hands when the incident affected customers.

Last reviewed by the owning team this quarter.', 'Liam O''Connell', array['incidents','operations','checklist'], 4813, '2026-02-06T06:00:00+00:00'),
(110, 'Kubernetes deployments checklist', 'Go through this checklist before you change anything related to Kubernetes deployments.

Deployments roll out new pods gradually and keep old ones until the new ones are ready. Set resource requests so the scheduler can place pods, and limits so a runaway pod cannot starve its neighbours.

Roll back with kubectl rollout undo when the new version misbehaves. Use a PodDisruptionBudget for services that must keep a minimum number of replicas during node maintenance.

Readiness probes decide when a pod receives traffic; liveness probes decide when it is restarted. ConfigMaps hold configuration; Secrets hold credentials and are mounted as files.

Last reviewed by the owning team this quarter.', 'Priya Nair', array['kubernetes','deploy','checklist'], 873, '2026-02-06T12:00:00+00:00'),
(111, 'Observability stack checklist', 'Go through this checklist before you change anything related to observability stack.

Metrics are scraped by Prometheus every fifteen seconds and kept for thirty days. Alert on symptoms customers feel, such as error rate and latency, rather than on causes.

Logs are structured JSON with a correlation id on every line.

Use exemplars to jump from a latency spike on a dashboard to a trace.

Dashboards live next to the service''s code so they are reviewed with it.

Traces sample one request in a hundred by default, and every request that fails.

See the related articles linked from the monitoring tag for more detail.', 'Ada Okafor', array['monitoring','metrics','logs','checklist'], 3242, '2026-02-06T20:00:00+00:00'),
(112, 'Code review guidelines checklist', 'Go through this checklist before you change anything related to code review guidelines.

Ask questions rather than give orders, and say when a comment is only a suggestion. Approve when the change makes the code better, even if it is not perfect.

Keep changes small: under four hundred lines is easy to review well. Review for correctness first, then for clarity, then for style.

Explain why in the description; the diff already shows what.

Respond to review requests within one working day.

If something here is out of date, edit this article or tell the author.', 'Liam O''Connell', array['review','engineering','checklist'], 1794, '2026-02-07T06:00:00+00:00'),
(113, 'Database migrations checklist', 'Go through this checklist before you change anything related to database migrations.

Destructive migrations need a second reviewer from the data team. Never edit a migration that has been released; write a new one.

Migrations are versioned SQL files applied by Flyway at start-up.

Create indexes concurrently on large tables to avoid locking writes.

Add columns as nullable first, backfill, then add the constraint in a later release.

Test every migration against a copy of production-sized data before release.

Questions go to the #postgres channel.', 'Bruno Lindqvist', array['postgres','migrations','checklist'], 2530, '2026-02-07T14:00:00+00:00'),
(114, 'Customer support escalation checklist', 'Go through this checklist before you change anything related to customer support escalation.

Escalate to engineering when a problem affects more than one customer or blocks a customer''s work. Attach the customer''s account id and the correlation id of a failing request to every escalation.

Keep the customer informed at least once a day while an escalation is open. Tier one support answers within four business hours.

Close the loop: tell the customer what was fixed and when. Engineering acknowledges escalations within one business day.

See the related articles linked from the support tag for more detail.', 'Kavya Reddy', array['support','customers','checklist'], 3403, '2026-02-07T16:00:00+00:00'),
(115, 'API design guidelines checklist', 'Go through this checklist before you change anything related to API design guidelines.

Resources are nouns in the plural; actions are HTTP methods. Paginate every list endpoint with a limit and a cursor.

Document every endpoint with OpenAPI and keep the examples runnable. Idempotency keys make retries of POST requests safe.

Version the API in the URL when a change would break clients. Return 400 with a reason for bad input and 404 for a missing resource.

See the related articles linked from the api tag for more detail.', 'Priya Nair', array['api','rest','design','checklist'], 2417, '2026-02-08T03:00:00+00:00'),
(116, 'Laptop and device security checklist', 'Go through this checklist before you change anything related to laptop and device security.

Install operating system updates within seven days of release. Report a lost or stolen device to IT within one hour.

Do not plug unknown USB devices into a company laptop. Full-disk encryption is required on every company laptop.

Personal devices may access email and chat only through the managed apps. Lock your screen when you leave your desk, even in the office.

Last reviewed by the owning team this quarter.', 'Liam O''Connell', array['security','it','checklist'], 739, '2026-02-08T11:00:00+00:00'),
(117, 'Feature flags checklist', 'Go through this checklist before you change anything related to feature flags.

New flags default to off in production. Feature flags separate deploying code from releasing a feature.

Flag names describe the feature, for example checkout-new-payment-form. Use percentage rollouts to watch error rates before releasing to everyone.

Every flag has an owner who is responsible for removing it.

Remove a flag within one month of a full rollout; old flags are technical debt.

See the related articles linked from the flags tag for more detail.', 'Isabel Moreno', array['flags','deploy','checklist'], 4788, '2026-02-08T15:00:00+00:00'),
(118, 'Data retention checklist', 'Go through this checklist before you change anything related to data retention.

Logs containing personal data are deleted after thirty days. Backups are kept for ninety days and are encrypted at rest.

Deletion requests from customers are completed within thirty days. The data protection officer approves every new data store that holds personal data.

Analytics data is pseudonymised before it leaves the production environment.

Customer data is kept only as long as the contract requires.

Questions go to the #privacy channel.', 'Kavya Reddy', array['privacy','data','policy','checklist'], 4997, '2026-02-08T20:00:00+00:00'),
(119, 'Load testing checklist', 'Go through this checklist before you change anything related to load testing.

Repeat a run to see the noise before trusting a difference. A test that saturates the load generator measures the generator, not the service.

Measure latency percentiles, not averages: p99 shows what the slowest users feel.

Ramp load gradually so you can see where latency starts to climb.

Record the machine size and the software version with every result.

Load tests run against the staging environment, never production.

Last reviewed by the owning team this quarter.', 'Dana Kowalski', array['performance','testing','checklist'], 1145, '2026-02-09T02:00:00+00:00'),
(120, 'Team rituals checklist', 'Go through this checklist before you change anything related to team rituals.

Planning happens every two weeks and ends with a written goal. Demo day is the last Friday of the month; every team shows one thing.

Meeting-free Wednesdays protect time for deep work. Retrospectives rotate facilitators so everyone runs one.

Decisions are written down in the team''s decision log with the date and the reason. Stand-up is fifteen minutes and covers blockers, not status.

Suggestions for improvement are welcome in the next retrospective.', 'Elif Demir', array['people','process','checklist'], 3183, '2026-02-09T12:00:00+00:00'),
(121, 'Why we changed how we handle PostgreSQL logical replication', 'Last quarter we changed our approach to PostgreSQL logical replication. This note explains the reasons.

A replication slot remembers how far a consumer has read; while the consumer is away, the server keeps every WAL segment the slot still needs. Publications choose which tables are replicated; a filtered publication keeps unrelated tables out of the stream.

Logical replication decodes the write-ahead log into row changes, so consumers see inserts, updates and deletes in commit order. Set wal_level to logical and restart the server before creating the first slot; the setting cannot be changed at run time.

REPLICA IDENTITY FULL makes the old row image available for updates and deletes at the cost of more WAL.

An abandoned slot is the most common cause of a full disk on a primary, so monitor pg_replication_slots and alert on retained WAL.

Example: REPLICA IDENTITY FULL makes the old row image available for updates and deletes at the cost of more WAL, which we confirmed again during the last review.

Questions go to the #postgres channel.', 'Priya Nair', array['postgres','replication','cdc','history'], 3343, '2026-02-09T18:00:00+00:00'),
(122, 'Why we changed how we handle Kafka consumer groups', 'Last quarter we changed our approach to Kafka consumer groups. This note explains the reasons.

max.poll.interval.ms bounds how long a consumer may spend between polls before the group considers it dead. When a member joins or leaves, the group rebalances and partitions move; cooperative rebalancing moves only the partitions that must move.

Consumer lag is the distance between the newest offset and the committed offset; alert when it grows for longer than a few minutes. Commit offsets after the work is done, never before, or a crash will skip records.

Keying records by entity id keeps all changes of one entity in one partition and therefore in order. A consumer group shares the partitions of a topic among its members, and each partition is read by exactly one member at a time.

Example: Commit offsets after the work is done, never before, or a crash will skip records, which we confirmed again during the last review.

Questions go to the #kafka channel.', 'Liam O''Connell', array['kafka','messaging','history'], 4460, '2026-02-10T04:00:00+00:00'),
(123, 'Why we changed how we handle Git branching strategy', 'Last quarter we changed our approach to Git branching strategy. This note explains the reasons.

Never force-push a shared branch; create a new branch instead. Release branches are cut from main on Tuesdays and receive only fixes after that.

Tag releases with semantic versions; the tag triggers the container build. We use short-lived feature branches that merge into main within two days.

Every merge to main needs one approving review and a green CI run. Rebase your branch on main before asking for review so the diff shows only your change.

Example: Release branches are cut from main on Tuesdays and receive only fixes after that, which we confirmed again during the last review.

Questions go to the #git channel.', 'Grace Mensah', array['git','workflow','history'], 4891, '2026-02-10T06:00:00+00:00'),
(124, 'Why we changed how we handle On-call handbook', 'Last quarter we changed our approach to on-call handbook. This note explains the reasons.

Write down what you did while you do it; the timeline is the hardest part of a postmortem to reconstruct. If you cannot acknowledge, the page escalates to the secondary after ten minutes.

Hand over open incidents explicitly at the end of a shift, in the channel, with the current hypothesis. Open an incident channel for anything that affects customers for more than fifteen minutes.

On-call engineers get the following morning off after a night with more than two pages. The primary on-call engineer acknowledges a page within five minutes during a shift.

Example: Hand over open incidents explicitly at the end of a shift, in the channel, with the current hypothesis, which we confirmed again during the last review.

If something here is out of date, edit this article or tell the author.', 'Grace Mensah', array['oncall','operations','history'], 1908, '2026-02-10T15:00:00+00:00'),
(125, 'Why we changed how we handle Password and secret management', 'Last quarter we changed our approach to password and secret management. This note explains the reasons.

If a secret leaks, rotate it first and investigate second. Secrets live in the vault, never in the repository, the wiki or a chat message.

Use the vault agent sidecar to inject secrets into containers as files, not environment variables. Personal passwords must be at least sixteen characters and stored in the company password manager.

Multi-factor authentication is required for every production system. Application credentials are issued per service and rotated every ninety days.

Example: Personal passwords must be at least sixteen characters and stored in the company password manager, which we confirmed again during the last review.

See the related articles linked from the security tag for more detail.', 'Farid Haddad', array['security','secrets','history'], 900, '2026-02-11T01:00:00+00:00'),
(126, 'Why we changed how we handle Vector search basics', 'Last quarter we changed our approach to vector search basics. This note explains the reasons.

Chunk long documents before embedding: a chunk should hold one idea and fit the model''s context window. An embedding model turns text into a vector so that similar meanings land close together.

Cosine similarity compares the direction of two vectors and ignores their length.

Re-embedding only the chunks that changed keeps indexing cost proportional to the edit, not to the document.

Store the source position with every chunk so stale results can be explained.

Approximate nearest neighbour indexes such as HNSW trade a little recall for a large speed-up.

Example: Chunk long documents before embedding: a chunk should hold one idea and fit the model''s context window, which we confirmed again during the last review.

Questions go to the #search channel.', 'Farid Haddad', array['search','embeddings','rag','history'], 2173, '2026-02-11T03:00:00+00:00'),
(127, 'Why we changed how we handle Onboarding for new engineers', 'Last quarter we changed our approach to onboarding for new engineers. This note explains the reasons.

Book a thirty-minute check-in with your manager at the end of weeks one, two and four. Read the architecture overview and the on-call handbook before your second week.

Pair with a teammate on at least three code reviews before reviewing alone. Your onboarding buddy answers questions for the first month; ask them anything.

Request access to the code host, the vault and the observability stack on day one.

Your first week is for setting up your laptop, meeting your team and shipping one small change.

Example: Read the architecture overview and the on-call handbook before your second week, which we confirmed again during the last review.

See the related articles linked from the onboarding tag for more detail.', 'Dana Kowalski', array['onboarding','people','history'], 3702, '2026-02-11T14:00:00+00:00'),
(128, 'Why we changed how we handle Expense and travel policy', 'Last quarter we changed our approach to expense and travel policy. This note explains the reasons.

Meals are covered up to the daily allowance of the destination city. Conference tickets need approval from your manager before purchase.

Use the company card for hotels; personal cards are reimbursed only for small amounts. Economy class is the default for flights under six hours.

Submit receipts within thirty days of the expense.

Book travel through the company portal so that the trip is insured.

Example: Use the company card for hotels; personal cards are reimbursed only for small amounts, which we confirmed again during the last review.

Questions go to the #finance channel.', 'Bruno Lindqvist', array['finance','policy','history'], 3923, '2026-02-11T23:00:00+00:00'),
(129, 'Why we changed how we handle Incident postmortems', 'Last quarter we changed our approach to incident postmortems. This note explains the reasons.

Include a timeline with timestamps in UTC. Postmortems are blameless: we ask what made the mistake easy, not who made it.

Every postmortem lists contributing factors, what went well and follow-up actions with owners. Share the postmortem in the engineering all-hands when the incident affected customers.

Publish the postmortem within five working days of the incident. Follow-up actions are tracked in the reliability board and reviewed every two weeks.

Example: Postmortems are blameless: we ask what made the mistake easy, not who made it, which we confirmed again during the last review.

See the related articles linked from the incidents tag for more detail.', 'Elif Demir', array['incidents','operations','history'], 538, '2026-02-12T01:00:00+00:00'),
(130, 'Why we changed how we handle Kubernetes deployments', 'Last quarter we changed our approach to Kubernetes deployments. This note explains the reasons.

Deployments roll out new pods gradually and keep old ones until the new ones are ready. Roll back with kubectl rollout undo when the new version misbehaves.

Use a PodDisruptionBudget for services that must keep a minimum number of replicas during node maintenance. Set resource requests so the scheduler can place pods, and limits so a runaway pod cannot starve its neighbours.

Readiness probes decide when a pod receives traffic; liveness probes decide when it is restarted.

ConfigMaps hold configuration; Secrets hold credentials and are mounted as files.

Example: Roll back with kubectl rollout undo when the new version misbehaves, which we confirmed again during the last review.

Suggestions for improvement are welcome in the next retrospective.', 'Nikolai Petrov', array['kubernetes','deploy','history'], 812, '2026-02-12T13:00:00+00:00'),
(131, 'Why we changed how we handle Observability stack', 'Last quarter we changed our approach to observability stack. This note explains the reasons.

Traces sample one request in a hundred by default, and every request that fails. Logs are structured JSON with a correlation id on every line.

Dashboards live next to the service''s code so they are reviewed with it. Metrics are scraped by Prometheus every fifteen seconds and kept for thirty days.

Alert on symptoms customers feel, such as error rate and latency, rather than on causes. Use exemplars to jump from a latency spike on a dashboard to a trace.

Example: Alert on symptoms customers feel, such as error rate and latency, rather than on causes, which we confirmed again during the last review.

See the related articles linked from the monitoring tag for more detail.', 'Olivia Santos', array['monitoring','metrics','logs','history'], 3266, '2026-02-12T17:00:00+00:00'),
(132, 'Why we changed how we handle Code review guidelines', 'Last quarter we changed our approach to code review guidelines. This note explains the reasons.

Approve when the change makes the code better, even if it is not perfect. Respond to review requests within one working day.

Ask questions rather than give orders, and say when a comment is only a suggestion.

Keep changes small: under four hundred lines is easy to review well.

Explain why in the description; the diff already shows what.

Review for correctness first, then for clarity, then for style.

Example: Explain why in the description; the diff already shows what, which we confirmed again during the last review.

See the related articles linked from the review tag for more detail.', 'Elif Demir', array['review','engineering','history'], 3885, '2026-02-12T21:00:00+00:00'),
(133, 'Why we changed how we handle Database migrations', 'Last quarter we changed our approach to database migrations. This note explains the reasons.

Add columns as nullable first, backfill, then add the constraint in a later release. Migrations are versioned SQL files applied by Flyway at start-up.

Create indexes concurrently on large tables to avoid locking writes.

Never edit a migration that has been released; write a new one.

Test every migration against a copy of production-sized data before release.

Destructive migrations need a second reviewer from the data team.

Example: Destructive migrations need a second reviewer from the data team, which we confirmed again during the last review.

See the related articles linked from the postgres tag for more detail.', 'Elif Demir', array['postgres','migrations','history'], 4557, '2026-02-13T04:00:00+00:00'),
(134, 'Why we changed how we handle Customer support escalation', 'Last quarter we changed our approach to customer support escalation. This note explains the reasons.

Escalate to engineering when a problem affects more than one customer or blocks a customer''s work. Close the loop: tell the customer what was fixed and when.

Tier one support answers within four business hours. Keep the customer informed at least once a day while an escalation is open.

Engineering acknowledges escalations within one business day.

Attach the customer''s account id and the correlation id of a failing request to every escalation.

Example: Attach the customer''s account id and the correlation id of a failing request to every escalation, which we confirmed again during the last review.

Last reviewed by the owning team this quarter.', 'Bruno Lindqvist', array['support','customers','history'], 2356, '2026-02-13T15:00:00+00:00'),
(135, 'Why we changed how we handle API design guidelines', 'Last quarter we changed our approach to API design guidelines. This note explains the reasons.

Return 400 with a reason for bad input and 404 for a missing resource. Resources are nouns in the plural; actions are HTTP methods.

Version the API in the URL when a change would break clients. Idempotency keys make retries of POST requests safe.

Document every endpoint with OpenAPI and keep the examples runnable. Paginate every list endpoint with a limit and a cursor.

Example: Idempotency keys make retries of POST requests safe, which we confirmed again during the last review.

Last reviewed by the owning team this quarter.', 'Hiro Tanaka', array['api','rest','design','history'], 886, '2026-02-13T20:00:00+00:00'),
(136, 'Why we changed how we handle Laptop and device security', 'Last quarter we changed our approach to laptop and device security. This note explains the reasons.

Do not plug unknown USB devices into a company laptop. Lock your screen when you leave your desk, even in the office.

Report a lost or stolen device to IT within one hour. Personal devices may access email and chat only through the managed apps.

Install operating system updates within seven days of release.

Full-disk encryption is required on every company laptop.

Example: Personal devices may access email and chat only through the managed apps, which we confirmed again during the last review.

Suggestions for improvement are welcome in the next retrospective.', 'Ada Okafor', array['security','it','history'], 4988, '2026-02-14T06:00:00+00:00'),
(137, 'Why we changed how we handle Feature flags', 'Last quarter we changed our approach to feature flags. This note explains the reasons.

Flag names describe the feature, for example checkout-new-payment-form. Every flag has an owner who is responsible for removing it.

New flags default to off in production.

Use percentage rollouts to watch error rates before releasing to everyone.

Feature flags separate deploying code from releasing a feature.

Remove a flag within one month of a full rollout; old flags are technical debt.

Example: Remove a flag within one month of a full rollout; old flags are technical debt, which we confirmed again during the last review.

See the related articles linked from the flags tag for more detail.', 'Liam O''Connell', array['flags','deploy','history'], 50, '2026-02-14T09:00:00+00:00'),
(138, 'Why we changed how we handle Data retention', 'Last quarter we changed our approach to data retention. This note explains the reasons.

The data protection officer approves every new data store that holds personal data. Logs containing personal data are deleted after thirty days.

Backups are kept for ninety days and are encrypted at rest.

Customer data is kept only as long as the contract requires.

Deletion requests from customers are completed within thirty days.

Analytics data is pseudonymised before it leaves the production environment.

Example: The data protection officer approves every new data store that holds personal data, which we confirmed again during the last review.

Questions go to the #privacy channel.', 'Chen Wei', array['privacy','data','policy','history'], 4345, '2026-02-14T16:00:00+00:00'),
(139, 'Why we changed how we handle Load testing', 'Last quarter we changed our approach to load testing. This note explains the reasons.

Ramp load gradually so you can see where latency starts to climb. A test that saturates the load generator measures the generator, not the service.

Load tests run against the staging environment, never production. Record the machine size and the software version with every result.

Measure latency percentiles, not averages: p99 shows what the slowest users feel.

Repeat a run to see the noise before trusting a difference.

Example: Ramp load gradually so you can see where latency starts to climb, which we confirmed again during the last review.

See the related articles linked from the performance tag for more detail.', 'Chen Wei', array['performance','testing','history'], 430, '2026-02-14T23:00:00+00:00'),
(140, 'Why we changed how we handle Team rituals', 'Last quarter we changed our approach to team rituals. This note explains the reasons.

Decisions are written down in the team''s decision log with the date and the reason. Meeting-free Wednesdays protect time for deep work.

Demo day is the last Friday of the month; every team shows one thing. Planning happens every two weeks and ends with a written goal.

Retrospectives rotate facilitators so everyone runs one.

Stand-up is fifteen minutes and covers blockers, not status.

Example: Demo day is the last Friday of the month; every team shows one thing, which we confirmed again during the last review.

Last reviewed by the owning team this quarter.', 'Priya Nair', array['people','process','history'], 4973, '2026-02-15T08:00:00+00:00'),
(141, 'PostgreSQL logical replication for managers', 'Managers do not need every detail of PostgreSQL logical replication, but these points matter for planning.

REPLICA IDENTITY FULL makes the old row image available for updates and deletes at the cost of more WAL. Set wal_level to logical and restart the server before creating the first slot; the setting cannot be changed at run time.

Logical replication decodes the write-ahead log into row changes, so consumers see inserts, updates and deletes in commit order. An abandoned slot is the most common cause of a full disk on a primary, so monitor pg_replication_slots and alert on retained WAL.

Publications choose which tables are replicated; a filtered publication keeps unrelated tables out of the stream.

A replication slot remembers how far a consumer has read; while the consumer is away, the server keeps every WAL segment the slot still needs.

Last reviewed by the owning team this quarter.', 'Dana Kowalski', array['postgres','replication','cdc','management'], 2320, '2026-02-15T17:00:00+00:00'),
(142, 'Kafka consumer groups for managers', 'Managers do not need every detail of Kafka consumer groups, but these points matter for planning.

A consumer group shares the partitions of a topic among its members, and each partition is read by exactly one member at a time. Keying records by entity id keeps all changes of one entity in one partition and therefore in order.

When a member joins or leaves, the group rebalances and partitions move; cooperative rebalancing moves only the partitions that must move. Consumer lag is the distance between the newest offset and the committed offset; alert when it grows for longer than a few minutes.

Commit offsets after the work is done, never before, or a crash will skip records. max.poll.interval.ms bounds how long a consumer may spend between polls before the group considers it dead.

If something here is out of date, edit this article or tell the author.', 'Maya Rosen', array['kafka','messaging','management'], 4909, '2026-02-15T19:00:00+00:00'),
(143, 'Git branching strategy for managers', 'Managers do not need every detail of Git branching strategy, but these points matter for planning.

Tag releases with semantic versions; the tag triggers the container build. Every merge to main needs one approving review and a green CI run.

Release branches are cut from main on Tuesdays and receive only fixes after that. We use short-lived feature branches that merge into main within two days.

Never force-push a shared branch; create a new branch instead.

Rebase your branch on main before asking for review so the diff shows only your change.

See the related articles linked from the git tag for more detail.', 'Kavya Reddy', array['git','workflow','management'], 982, '2026-02-16T02:00:00+00:00'),
(144, 'On-call handbook for managers', 'Managers do not need every detail of on-call handbook, but these points matter for planning.

Open an incident channel for anything that affects customers for more than fifteen minutes. Write down what you did while you do it; the timeline is the hardest part of a postmortem to reconstruct.

Hand over open incidents explicitly at the end of a shift, in the channel, with the current hypothesis.

The primary on-call engineer acknowledges a page within five minutes during a shift.

If you cannot acknowledge, the page escalates to the secondary after ten minutes.

On-call engineers get the following morning off after a night with more than two pages.

If something here is out of date, edit this article or tell the author.', 'Liam O''Connell', array['oncall','operations','management'], 590, '2026-02-16T12:00:00+00:00'),
(145, 'Password and secret management for managers', 'Managers do not need every detail of password and secret management, but these points matter for planning.

If a secret leaks, rotate it first and investigate second. Use the vault agent sidecar to inject secrets into containers as files, not environment variables.

Application credentials are issued per service and rotated every ninety days. Secrets live in the vault, never in the repository, the wiki or a chat message.

Personal passwords must be at least sixteen characters and stored in the company password manager. Multi-factor authentication is required for every production system.

See the related articles linked from the security tag for more detail.', 'Nikolai Petrov', array['security','secrets','management'], 4697, '2026-02-16T19:00:00+00:00'),
(146, 'Vector search basics for managers', 'Managers do not need every detail of vector search basics, but these points matter for planning.

Re-embedding only the chunks that changed keeps indexing cost proportional to the edit, not to the document. Chunk long documents before embedding: a chunk should hold one idea and fit the model''s context window.

Approximate nearest neighbour indexes such as HNSW trade a little recall for a large speed-up. Cosine similarity compares the direction of two vectors and ignores their length.

An embedding model turns text into a vector so that similar meanings land close together. Store the source position with every chunk so stale results can be explained.

See the related articles linked from the search tag for more detail.', 'Farid Haddad', array['search','embeddings','rag','management'], 3769, '2026-02-17T05:00:00+00:00'),
(147, 'Onboarding for new engineers for managers', 'Managers do not need every detail of onboarding for new engineers, but these points matter for planning.

Pair with a teammate on at least three code reviews before reviewing alone. Your first week is for setting up your laptop, meeting your team and shipping one small change.

Read the architecture overview and the on-call handbook before your second week. Request access to the code host, the vault and the observability stack on day one.

Your onboarding buddy answers questions for the first month; ask them anything. Book a thirty-minute check-in with your manager at the end of weeks one, two and four.

Last reviewed by the owning team this quarter.', 'Maya Rosen', array['onboarding','people','management'], 4292, '2026-02-17T06:00:00+00:00'),
(148, 'Expense and travel policy for managers', 'Managers do not need every detail of expense and travel policy, but these points matter for planning.

Use the company card for hotels; personal cards are reimbursed only for small amounts. Conference tickets need approval from your manager before purchase.

Economy class is the default for flights under six hours. Submit receipts within thirty days of the expense.

Book travel through the company portal so that the trip is insured. Meals are covered up to the daily allowance of the destination city.

Questions go to the #finance channel.', 'Dana Kowalski', array['finance','policy','management'], 4346, '2026-02-17T17:00:00+00:00'),
(149, 'Incident postmortems for managers', 'Managers do not need every detail of incident postmortems, but these points matter for planning.

Share the postmortem in the engineering all-hands when the incident affected customers. Include a timeline with timestamps in UTC.

Postmortems are blameless: we ask what made the mistake easy, not who made it. Every postmortem lists contributing factors, what went well and follow-up actions with owners.

Follow-up actions are tracked in the reliability board and reviewed every two weeks. Publish the postmortem within five working days of the incident.

Questions go to the #incidents channel.', 'Elif Demir', array['incidents','operations','management'], 2096, '2026-02-17T21:00:00+00:00'),
(150, 'Kubernetes deployments for managers', 'Managers do not need every detail of Kubernetes deployments, but these points matter for planning.

Use a PodDisruptionBudget for services that must keep a minimum number of replicas during node maintenance. ConfigMaps hold configuration; Secrets hold credentials and are mounted as files.

Deployments roll out new pods gradually and keep old ones until the new ones are ready. Roll back with kubectl rollout undo when the new version misbehaves.

Set resource requests so the scheduler can place pods, and limits so a runaway pod cannot starve its neighbours. Readiness probes decide when a pod receives traffic; liveness probes decide when it is restarted.

Last reviewed by the owning team this quarter.', 'Olivia Santos', array['kubernetes','deploy','management'], 4618, '2026-02-18T09:00:00+00:00'),
(151, 'Observability stack for managers', 'Managers do not need every detail of observability stack, but these points matter for planning.

Metrics are scraped by Prometheus every fifteen seconds and kept for thirty days. Dashboards live next to the service''s code so they are reviewed with it.

Logs are structured JSON with a correlation id on every line. Alert on symptoms customers feel, such as error rate and latency, rather than on causes.

Use exemplars to jump from a latency spike on a dashboard to a trace. Traces sample one request in a hundred by default, and every request that fails.

Last reviewed by the owning team this quarter.', 'Chen Wei', array['monitoring','metrics','logs','management'], 3841, '2026-02-18T13:00:00+00:00'),
(152, 'Code review guidelines for managers', 'Managers do not need every detail of code review guidelines, but these points matter for planning.

Keep changes small: under four hundred lines is easy to review well. Explain why in the description; the diff already shows what.

Review for correctness first, then for clarity, then for style. Respond to review requests within one working day.

Ask questions rather than give orders, and say when a comment is only a suggestion.

Approve when the change makes the code better, even if it is not perfect.

Suggestions for improvement are welcome in the next retrospective.', 'Chen Wei', array['review','engineering','management'], 2542, '2026-02-18T20:00:00+00:00'),
(153, 'Database migrations for managers', 'Managers do not need every detail of database migrations, but these points matter for planning.

Destructive migrations need a second reviewer from the data team. Test every migration against a copy of production-sized data before release.

Add columns as nullable first, backfill, then add the constraint in a later release. Migrations are versioned SQL files applied by Flyway at start-up.

Never edit a migration that has been released; write a new one. Create indexes concurrently on large tables to avoid locking writes.

Questions go to the #postgres channel.', 'Maya Rosen', array['postgres','migrations','management'], 3790, '2026-02-19T04:00:00+00:00'),
(154, 'Customer support escalation for managers', 'Managers do not need every detail of customer support escalation, but these points matter for planning.

Escalate to engineering when a problem affects more than one customer or blocks a customer''s work. Tier one support answers within four business hours.

Close the loop: tell the customer what was fixed and when. Keep the customer informed at least once a day while an escalation is open.

Attach the customer''s account id and the correlation id of a failing request to every escalation.

Engineering acknowledges escalations within one business day.

Suggestions for improvement are welcome in the next retrospective.', 'Priya Nair', array['support','customers','management'], 4107, '2026-02-19T08:00:00+00:00'),
(155, 'API design guidelines for managers', 'Managers do not need every detail of API design guidelines, but these points matter for planning.

Paginate every list endpoint with a limit and a cursor. Resources are nouns in the plural; actions are HTTP methods.

Document every endpoint with OpenAPI and keep the examples runnable.

Return 400 with a reason for bad input and 404 for a missing resource.

Idempotency keys make retries of POST requests safe.

Version the API in the URL when a change would break clients.

If something here is out of date, edit this article or tell the author.', 'Bruno Lindqvist', array['api','rest','design','management'], 2029, '2026-02-19T19:00:00+00:00'),
(156, 'Laptop and device security for managers', 'Managers do not need every detail of laptop and device security, but these points matter for planning.

Full-disk encryption is required on every company laptop. Do not plug unknown USB devices into a company laptop.

Lock your screen when you leave your desk, even in the office. Report a lost or stolen device to IT within one hour.

Personal devices may access email and chat only through the managed apps.

Install operating system updates within seven days of release.

Last reviewed by the owning team this quarter.', 'Nikolai Petrov', array['security','it','management'], 2771, '2026-02-20T02:00:00+00:00'),
(157, 'Feature flags for managers', 'Managers do not need every detail of feature flags, but these points matter for planning.

Use percentage rollouts to watch error rates before releasing to everyone. Remove a flag within one month of a full rollout; old flags are technical debt.

New flags default to off in production. Feature flags separate deploying code from releasing a feature.

Every flag has an owner who is responsible for removing it. Flag names describe the feature, for example checkout-new-payment-form.

Suggestions for improvement are welcome in the next retrospective.', 'Maya Rosen', array['flags','deploy','management'], 2327, '2026-02-20T06:00:00+00:00'),
(158, 'Data retention for managers', 'Managers do not need every detail of data retention, but these points matter for planning.

Backups are kept for ninety days and are encrypted at rest. The data protection officer approves every new data store that holds personal data.

Customer data is kept only as long as the contract requires.

Deletion requests from customers are completed within thirty days.

Logs containing personal data are deleted after thirty days.

Analytics data is pseudonymised before it leaves the production environment.

If something here is out of date, edit this article or tell the author.', 'Liam O''Connell', array['privacy','data','policy','management'], 2541, '2026-02-20T16:00:00+00:00'),
(159, 'Load testing for managers', 'Managers do not need every detail of load testing, but these points matter for planning.

Repeat a run to see the noise before trusting a difference. Record the machine size and the software version with every result.

Load tests run against the staging environment, never production. A test that saturates the load generator measures the generator, not the service.

Ramp load gradually so you can see where latency starts to climb.

Measure latency percentiles, not averages: p99 shows what the slowest users feel.

Suggestions for improvement are welcome in the next retrospective.', 'Maya Rosen', array['performance','testing','management'], 2690, '2026-02-21T00:00:00+00:00'),
(160, 'Team rituals for managers', 'Managers do not need every detail of team rituals, but these points matter for planning.

Demo day is the last Friday of the month; every team shows one thing. Planning happens every two weeks and ends with a written goal.

Decisions are written down in the team''s decision log with the date and the reason.

Retrospectives rotate facilitators so everyone runs one.

Stand-up is fifteen minutes and covers blockers, not status.

Meeting-free Wednesdays protect time for deep work.

See the related articles linked from the people tag for more detail.', 'Ada Okafor', array['people','process','management'], 2970, '2026-02-21T03:00:00+00:00'),
(161, 'A short history of PostgreSQL logical replication at Northwind', 'Our approach to PostgreSQL logical replication has grown over the years; this is how we got here.

An abandoned slot is the most common cause of a full disk on a primary, so monitor pg_replication_slots and alert on retained WAL. Set wal_level to logical and restart the server before creating the first slot; the setting cannot be changed at run time.

Logical replication decodes the write-ahead log into row changes, so consumers see inserts, updates and deletes in commit order. REPLICA IDENTITY FULL makes the old row image available for updates and deletes at the cost of more WAL.

Publications choose which tables are replicated; a filtered publication keeps unrelated tables out of the stream. A replication slot remembers how far a consumer has read; while the consumer is away, the server keeps every WAL segment the slot still needs.

If something here is out of date, edit this article or tell the author.', 'Elif Demir', array['postgres','replication','cdc','history'], 632, '2026-02-21T10:00:00+00:00'),
(162, 'A short history of Kafka consumer groups at Northwind', 'Our approach to Kafka consumer groups has grown over the years; this is how we got here.

Keying records by entity id keeps all changes of one entity in one partition and therefore in order. A consumer group shares the partitions of a topic among its members, and each partition is read by exactly one member at a time.

When a member joins or leaves, the group rebalances and partitions move; cooperative rebalancing moves only the partitions that must move.

Commit offsets after the work is done, never before, or a crash will skip records.

max.poll.interval.ms bounds how long a consumer may spend between polls before the group considers it dead.

Consumer lag is the distance between the newest offset and the committed offset; alert when it grows for longer than a few minutes.

If something here is out of date, edit this article or tell the author.', 'Maya Rosen', array['kafka','messaging','history'], 1263, '2026-02-21T16:00:00+00:00'),
(163, 'A short history of Git branching strategy at Northwind', 'Our approach to Git branching strategy has grown over the years; this is how we got here.

We use short-lived feature branches that merge into main within two days. Never force-push a shared branch; create a new branch instead.

Release branches are cut from main on Tuesdays and receive only fixes after that. Tag releases with semantic versions; the tag triggers the container build.

Rebase your branch on main before asking for review so the diff shows only your change. Every merge to main needs one approving review and a green CI run.

Last reviewed by the owning team this quarter.', 'Liam O''Connell', array['git','workflow','history'], 1945, '2026-02-22T01:00:00+00:00'),
(164, 'A short history of On-call handbook at Northwind', 'Our approach to on-call handbook has grown over the years; this is how we got here.

If you cannot acknowledge, the page escalates to the secondary after ten minutes. Open an incident channel for anything that affects customers for more than fifteen minutes.

On-call engineers get the following morning off after a night with more than two pages. Hand over open incidents explicitly at the end of a shift, in the channel, with the current hypothesis.

The primary on-call engineer acknowledges a page within five minutes during a shift.

Write down what you did while you do it; the timeline is the hardest part of a postmortem to reconstruct.

Last reviewed by the owning team this quarter.', 'Grace Mensah', array['oncall','operations','history'], 3013, '2026-02-22T10:00:00+00:00'),
(165, 'A short history of Password and secret management at Northwind', 'Our approach to password and secret management has grown over the years; this is how we got here.

Secrets live in the vault, never in the repository, the wiki or a chat message. Personal passwords must be at least sixteen characters and stored in the company password manager.

If a secret leaks, rotate it first and investigate second.

Application credentials are issued per service and rotated every ninety days.

Multi-factor authentication is required for every production system.

Use the vault agent sidecar to inject secrets into containers as files, not environment variables.

Suggestions for improvement are welcome in the next retrospective.', 'Nikolai Petrov', array['security','secrets','history'], 1327, '2026-02-22T18:00:00+00:00'),
(166, 'A short history of Vector search basics at Northwind', 'Our approach to vector search basics has grown over the years; this is how we got here.

Chunk long documents before embedding: a chunk should hold one idea and fit the model''s context window. Approximate nearest neighbour indexes such as HNSW trade a little recall for a large speed-up.

An embedding model turns text into a vector so that similar meanings land close together.

Cosine similarity compares the direction of two vectors and ignores their length.

Store the source position with every chunk so stale results can be explained.

Re-embedding only the chunks that changed keeps indexing cost proportional to the edit, not to the document.

Last reviewed by the owning team this quarter.', 'Liam O''Connell', array['search','embeddings','rag','history'], 4542, '2026-02-22T19:00:00+00:00'),
(167, 'A short history of Onboarding for new engineers at Northwind', 'Our approach to onboarding for new engineers has grown over the years; this is how we got here.

Request access to the code host, the vault and the observability stack on day one. Your first week is for setting up your laptop, meeting your team and shipping one small change.

Read the architecture overview and the on-call handbook before your second week. Pair with a teammate on at least three code reviews before reviewing alone.

Your onboarding buddy answers questions for the first month; ask them anything. Book a thirty-minute check-in with your manager at the end of weeks one, two and four.

See the related articles linked from the onboarding tag for more detail.', 'Olivia Santos', array['onboarding','people','history'], 4205, '2026-02-23T03:00:00+00:00'),
(168, 'A short history of Expense and travel policy at Northwind', 'Our approach to expense and travel policy has grown over the years; this is how we got here.

Conference tickets need approval from your manager before purchase. Economy class is the default for flights under six hours.

Submit receipts within thirty days of the expense. Book travel through the company portal so that the trip is insured.

Use the company card for hotels; personal cards are reimbursed only for small amounts. Meals are covered up to the daily allowance of the destination city.

Last reviewed by the owning team this quarter.', 'Bruno Lindqvist', array['finance','policy','history'], 3247, '2026-02-23T13:00:00+00:00'),
(169, 'A short history of Incident postmortems at Northwind', 'Our approach to incident postmortems has grown over the years; this is how we got here.

Share the postmortem in the engineering all-hands when the incident affected customers. Follow-up actions are tracked in the reliability board and reviewed every two weeks.

Include a timeline with timestamps in UTC. Publish the postmortem within five working days of the incident.

Postmortems are blameless: we ask what made the mistake easy, not who made it. Every postmortem lists contributing factors, what went well and follow-up actions with owners.

Questions go to the #incidents channel.', 'Kavya Reddy', array['incidents','operations','history'], 811, '2026-02-23T22:00:00+00:00'),
(170, 'A short history of Kubernetes deployments at Northwind', 'Our approach to Kubernetes deployments has grown over the years; this is how we got here.

Use a PodDisruptionBudget for services that must keep a minimum number of replicas during node maintenance. Set resource requests so the scheduler can place pods, and limits so a runaway pod cannot starve its neighbours.

Roll back with kubectl rollout undo when the new version misbehaves. ConfigMaps hold configuration; Secrets hold credentials and are mounted as files.

Deployments roll out new pods gradually and keep old ones until the new ones are ready.

Readiness probes decide when a pod receives traffic; liveness probes decide when it is restarted.

Last reviewed by the owning team this quarter.', 'Elif Demir', array['kubernetes','deploy','history'], 3842, '2026-02-24T02:00:00+00:00'),
(171, 'A short history of Observability stack at Northwind', 'Our approach to observability stack has grown over the years; this is how we got here.

Dashboards live next to the service''s code so they are reviewed with it. Use exemplars to jump from a latency spike on a dashboard to a trace.

Logs are structured JSON with a correlation id on every line. Metrics are scraped by Prometheus every fifteen seconds and kept for thirty days.

Alert on symptoms customers feel, such as error rate and latency, rather than on causes. Traces sample one request in a hundred by default, and every request that fails.

If something here is out of date, edit this article or tell the author.', 'Nikolai Petrov', array['monitoring','metrics','logs','history'], 910, '2026-02-24T12:00:00+00:00'),
(172, 'A short history of Code review guidelines at Northwind', 'Our approach to code review guidelines has grown over the years; this is how we got here.

Approve when the change makes the code better, even if it is not perfect. Respond to review requests within one working day.

Ask questions rather than give orders, and say when a comment is only a suggestion. Keep changes small: under four hundred lines is easy to review well.

Review for correctness first, then for clarity, then for style. Explain why in the description; the diff already shows what.

Last reviewed by the owning team this quarter.', 'Olivia Santos', array['review','engineering','history'], 514, '2026-02-24T13:00:00+00:00'),
(173, 'A short history of Database migrations at Northwind', 'Our approach to database migrations has grown over the years; this is how we got here.

Never edit a migration that has been released; write a new one. Create indexes concurrently on large tables to avoid locking writes.

Destructive migrations need a second reviewer from the data team.

Add columns as nullable first, backfill, then add the constraint in a later release.

Migrations are versioned SQL files applied by Flyway at start-up.

Test every migration against a copy of production-sized data before release.

If something here is out of date, edit this article or tell the author.', 'Jonas Becker', array['postgres','migrations','history'], 3516, '2026-02-24T20:00:00+00:00'),
(174, 'A short history of Customer support escalation at Northwind', 'Our approach to customer support escalation has grown over the years; this is how we got here.

Tier one support answers within four business hours. Escalate to engineering when a problem affects more than one customer or blocks a customer''s work.

Engineering acknowledges escalations within one business day. Attach the customer''s account id and the correlation id of a failing request to every escalation.

Close the loop: tell the customer what was fixed and when. Keep the customer informed at least once a day while an escalation is open.

Questions go to the #support channel.', 'Liam O''Connell', array['support','customers','history'], 554, '2026-02-25T07:00:00+00:00'),
(175, 'A short history of API design guidelines at Northwind', 'Our approach to API design guidelines has grown over the years; this is how we got here.

Version the API in the URL when a change would break clients. Resources are nouns in the plural; actions are HTTP methods.

Paginate every list endpoint with a limit and a cursor. Idempotency keys make retries of POST requests safe.

Return 400 with a reason for bad input and 404 for a missing resource. Document every endpoint with OpenAPI and keep the examples runnable.

Last reviewed by the owning team this quarter.', 'Liam O''Connell', array['api','rest','design','history'], 2077, '2026-02-25T15:00:00+00:00'),
(176, 'A short history of Laptop and device security at Northwind', 'Our approach to laptop and device security has grown over the years; this is how we got here.

Personal devices may access email and chat only through the managed apps. Full-disk encryption is required on every company laptop.

Report a lost or stolen device to IT within one hour.

Install operating system updates within seven days of release.

Do not plug unknown USB devices into a company laptop.

Lock your screen when you leave your desk, even in the office.

Questions go to the #security channel.', 'Kavya Reddy', array['security','it','history'], 1092, '2026-02-25T17:00:00+00:00'),
(177, 'A short history of Feature flags at Northwind', 'Our approach to feature flags has grown over the years; this is how we got here.

New flags default to off in production. Remove a flag within one month of a full rollout; old flags are technical debt.

Feature flags separate deploying code from releasing a feature.

Use percentage rollouts to watch error rates before releasing to everyone.

Every flag has an owner who is responsible for removing it.

Flag names describe the feature, for example checkout-new-payment-form.

Last reviewed by the owning team this quarter.', 'Priya Nair', array['flags','deploy','history'], 1493, '2026-02-26T06:00:00+00:00'),
(178, 'A short history of Data retention at Northwind', 'Our approach to data retention has grown over the years; this is how we got here.

Backups are kept for ninety days and are encrypted at rest. Deletion requests from customers are completed within thirty days.

The data protection officer approves every new data store that holds personal data. Customer data is kept only as long as the contract requires.

Analytics data is pseudonymised before it leaves the production environment. Logs containing personal data are deleted after thirty days.

Questions go to the #privacy channel.', 'Grace Mensah', array['privacy','data','policy','history'], 343, '2026-02-26T09:00:00+00:00'),
(179, 'A short history of Load testing at Northwind', 'Our approach to load testing has grown over the years; this is how we got here.

Load tests run against the staging environment, never production. Repeat a run to see the noise before trusting a difference.

Measure latency percentiles, not averages: p99 shows what the slowest users feel. Ramp load gradually so you can see where latency starts to climb.

A test that saturates the load generator measures the generator, not the service.

Record the machine size and the software version with every result.

Questions go to the #performance channel.', 'Grace Mensah', array['performance','testing','history'], 2343, '2026-02-26T16:00:00+00:00'),
(180, 'A short history of Team rituals at Northwind', 'Our approach to team rituals has grown over the years; this is how we got here.

Demo day is the last Friday of the month; every team shows one thing. Retrospectives rotate facilitators so everyone runs one.

Planning happens every two weeks and ends with a written goal. Stand-up is fifteen minutes and covers blockers, not status.

Decisions are written down in the team''s decision log with the date and the reason.

Meeting-free Wednesdays protect time for deep work.

Last reviewed by the owning team this quarter.', 'Olivia Santos', array['people','process','history'], 3167, '2026-02-26T23:00:00+00:00'),
(181, 'PostgreSQL logical replication: common mistakes', 'These mistakes around PostgreSQL logical replication keep coming back, so we wrote them down.

Logical replication decodes the write-ahead log into row changes, so consumers see inserts, updates and deletes in commit order. Publications choose which tables are replicated; a filtered publication keeps unrelated tables out of the stream.

Set wal_level to logical and restart the server before creating the first slot; the setting cannot be changed at run time. An abandoned slot is the most common cause of a full disk on a primary, so monitor pg_replication_slots and alert on retained WAL.

REPLICA IDENTITY FULL makes the old row image available for updates and deletes at the cost of more WAL. A replication slot remembers how far a consumer has read; while the consumer is away, the server keeps every WAL segment the slot still needs.

Example: REPLICA IDENTITY FULL makes the old row image available for updates and deletes at the cost of more WAL, which we confirmed again during the last review.

Last reviewed by the owning team this quarter.', 'Chen Wei', array['postgres','replication','cdc','pitfalls'], 3527, '2026-02-27T08:00:00+00:00'),
(182, 'Kafka consumer groups: common mistakes', 'These mistakes around Kafka consumer groups keep coming back, so we wrote them down.

Keying records by entity id keeps all changes of one entity in one partition and therefore in order. Commit offsets after the work is done, never before, or a crash will skip records.

A consumer group shares the partitions of a topic among its members, and each partition is read by exactly one member at a time. Consumer lag is the distance between the newest offset and the committed offset; alert when it grows for longer than a few minutes.

max.poll.interval.ms bounds how long a consumer may spend between polls before the group considers it dead. When a member joins or leaves, the group rebalances and partitions move; cooperative rebalancing moves only the partitions that must move.

Example: Commit offsets after the work is done, never before, or a crash will skip records, which we confirmed again during the last review.

See the related articles linked from the kafka tag for more detail.', 'Jonas Becker', array['kafka','messaging','pitfalls'], 3652, '2026-02-27T15:00:00+00:00'),
(183, 'Git branching strategy: common mistakes', 'These mistakes around Git branching strategy keep coming back, so we wrote them down.

We use short-lived feature branches that merge into main within two days. Release branches are cut from main on Tuesdays and receive only fixes after that.

Tag releases with semantic versions; the tag triggers the container build. Never force-push a shared branch; create a new branch instead.

Rebase your branch on main before asking for review so the diff shows only your change.

Every merge to main needs one approving review and a green CI run.

Example: Release branches are cut from main on Tuesdays and receive only fixes after that, which we confirmed again during the last review.

Questions go to the #git channel.', 'Liam O''Connell', array['git','workflow','pitfalls'], 3563, '2026-02-27T20:00:00+00:00'),
(184, 'On-call handbook: common mistakes', 'These mistakes around on-call handbook keep coming back, so we wrote them down.

Write down what you did while you do it; the timeline is the hardest part of a postmortem to reconstruct. The primary on-call engineer acknowledges a page within five minutes during a shift.

If you cannot acknowledge, the page escalates to the secondary after ten minutes. On-call engineers get the following morning off after a night with more than two pages.

Open an incident channel for anything that affects customers for more than fifteen minutes.

Hand over open incidents explicitly at the end of a shift, in the channel, with the current hypothesis.

Example: Hand over open incidents explicitly at the end of a shift, in the channel, with the current hypothesis, which we confirmed again during the last review.

If something here is out of date, edit this article or tell the author.', 'Ada Okafor', array['oncall','operations','pitfalls'], 1169, '2026-02-28T07:00:00+00:00'),
(185, 'Password and secret management: common mistakes', 'These mistakes around password and secret management keep coming back, so we wrote them down.

Application credentials are issued per service and rotated every ninety days. Secrets live in the vault, never in the repository, the wiki or a chat message.

If a secret leaks, rotate it first and investigate second. Use the vault agent sidecar to inject secrets into containers as files, not environment variables.

Multi-factor authentication is required for every production system. Personal passwords must be at least sixteen characters and stored in the company password manager.

Example: Multi-factor authentication is required for every production system, which we confirmed again during the last review.

See the related articles linked from the security tag for more detail.', 'Liam O''Connell', array['security','secrets','pitfalls'], 3136, '2026-02-28T12:00:00+00:00'),
(186, 'Vector search basics: common mistakes', 'These mistakes around vector search basics keep coming back, so we wrote them down.

Store the source position with every chunk so stale results can be explained. Re-embedding only the chunks that changed keeps indexing cost proportional to the edit, not to the document.

Cosine similarity compares the direction of two vectors and ignores their length. An embedding model turns text into a vector so that similar meanings land close together.

Chunk long documents before embedding: a chunk should hold one idea and fit the model''s context window.

Approximate nearest neighbour indexes such as HNSW trade a little recall for a large speed-up.

Example: Chunk long documents before embedding: a chunk should hold one idea and fit the model''s context window, which we confirmed again during the last review.

Last reviewed by the owning team this quarter.', 'Chen Wei', array['search','embeddings','rag','pitfalls'], 4701, '2026-02-28T16:00:00+00:00'),
(187, 'Onboarding for new engineers: common mistakes', 'These mistakes around onboarding for new engineers keep coming back, so we wrote them down.

Your first week is for setting up your laptop, meeting your team and shipping one small change. Read the architecture overview and the on-call handbook before your second week.

Book a thirty-minute check-in with your manager at the end of weeks one, two and four. Request access to the code host, the vault and the observability stack on day one.

Your onboarding buddy answers questions for the first month; ask them anything. Pair with a teammate on at least three code reviews before reviewing alone.

Example: Your first week is for setting up your laptop, meeting your team and shipping one small change, which we confirmed again during the last review.

Questions go to the #onboarding channel.', 'Farid Haddad', array['onboarding','people','pitfalls'], 4088, '2026-03-01T02:00:00+00:00'),
(188, 'Expense and travel policy: common mistakes', 'These mistakes around expense and travel policy keep coming back, so we wrote them down.

Use the company card for hotels; personal cards are reimbursed only for small amounts. Meals are covered up to the daily allowance of the destination city.

Submit receipts within thirty days of the expense.

Economy class is the default for flights under six hours.

Book travel through the company portal so that the trip is insured.

Conference tickets need approval from your manager before purchase.

Example: Meals are covered up to the daily allowance of the destination city, which we confirmed again during the last review.

If something here is out of date, edit this article or tell the author.', 'Jonas Becker', array['finance','policy','pitfalls'], 4023, '2026-03-01T06:00:00+00:00'),
(189, 'Incident postmortems: common mistakes', 'These mistakes around incident postmortems keep coming back, so we wrote them down.

Every postmortem lists contributing factors, what went well and follow-up actions with owners. Postmortems are blameless: we ask what made the mistake easy, not who made it.

Follow-up actions are tracked in the reliability board and reviewed every two weeks.

Include a timeline with timestamps in UTC.

Share the postmortem in the engineering all-hands when the incident affected customers.

Publish the postmortem within five working days of the incident.

Example: Follow-up actions are tracked in the reliability board and reviewed every two weeks, which we confirmed again during the last review.

Questions go to the #incidents channel.', 'Kavya Reddy', array['incidents','operations','pitfalls'], 2846, '2026-03-01T17:00:00+00:00'),
(190, 'Kubernetes deployments: common mistakes', 'These mistakes around Kubernetes deployments keep coming back, so we wrote them down.

Use a PodDisruptionBudget for services that must keep a minimum number of replicas during node maintenance. Deployments roll out new pods gradually and keep old ones until the new ones are ready.

ConfigMaps hold configuration; Secrets hold credentials and are mounted as files.

Readiness probes decide when a pod receives traffic; liveness probes decide when it is restarted.

Set resource requests so the scheduler can place pods, and limits so a runaway pod cannot starve its neighbours.

Roll back with kubectl rollout undo when the new version misbehaves.

Example: ConfigMaps hold configuration; Secrets hold credentials and are mounted as files, which we confirmed again during the last review.

If something here is out of date, edit this article or tell the author.', 'Liam O''Connell', array['kubernetes','deploy','pitfalls'], 4167, '2026-03-01T20:00:00+00:00'),
(191, 'Observability stack: common mistakes', 'These mistakes around observability stack keep coming back, so we wrote them down.

Dashboards live next to the service''s code so they are reviewed with it. Traces sample one request in a hundred by default, and every request that fails.

Alert on symptoms customers feel, such as error rate and latency, rather than on causes. Logs are structured JSON with a correlation id on every line.

Use exemplars to jump from a latency spike on a dashboard to a trace. Metrics are scraped by Prometheus every fifteen seconds and kept for thirty days.

Example: Dashboards live next to the service''s code so they are reviewed with it, which we confirmed again during the last review.

Suggestions for improvement are welcome in the next retrospective.', 'Liam O''Connell', array['monitoring','metrics','logs','pitfalls'], 3828, '2026-03-02T08:00:00+00:00'),
(192, 'Code review guidelines: common mistakes', 'These mistakes around code review guidelines keep coming back, so we wrote them down.

Explain why in the description; the diff already shows what. Keep changes small: under four hundred lines is easy to review well.

Respond to review requests within one working day. Approve when the change makes the code better, even if it is not perfect.

Ask questions rather than give orders, and say when a comment is only a suggestion.

Review for correctness first, then for clarity, then for style.

Example: Respond to review requests within one working day, which we confirmed again during the last review.

Last reviewed by the owning team this quarter.', 'Nikolai Petrov', array['review','engineering','pitfalls'], 3354, '2026-03-02T15:00:00+00:00'),
(193, 'Database migrations: common mistakes', 'These mistakes around database migrations keep coming back, so we wrote them down.

Add columns as nullable first, backfill, then add the constraint in a later release. Migrations are versioned SQL files applied by Flyway at start-up.

Destructive migrations need a second reviewer from the data team. Test every migration against a copy of production-sized data before release.

Create indexes concurrently on large tables to avoid locking writes.

Never edit a migration that has been released; write a new one.

Example: Create indexes concurrently on large tables to avoid locking writes, which we confirmed again during the last review.

Suggestions for improvement are welcome in the next retrospective.', 'Liam O''Connell', array['postgres','migrations','pitfalls'], 1051, '2026-03-02T22:00:00+00:00'),
(194, 'Customer support escalation: common mistakes', 'These mistakes around customer support escalation keep coming back, so we wrote them down.

Attach the customer''s account id and the correlation id of a failing request to every escalation. Keep the customer informed at least once a day while an escalation is open.

Engineering acknowledges escalations within one business day.

Tier one support answers within four business hours.

Escalate to engineering when a problem affects more than one customer or blocks a customer''s work.

Close the loop: tell the customer what was fixed and when.

Example: Tier one support answers within four business hours, which we confirmed again during the last review.

Questions go to the #support channel.', 'Elif Demir', array['support','customers','pitfalls'], 2491, '2026-03-03T00:00:00+00:00'),
(195, 'API design guidelines: common mistakes', 'These mistakes around API design guidelines keep coming back, so we wrote them down.

Resources are nouns in the plural; actions are HTTP methods. Idempotency keys make retries of POST requests safe.

Document every endpoint with OpenAPI and keep the examples runnable. Paginate every list endpoint with a limit and a cursor.

Version the API in the URL when a change would break clients. Return 400 with a reason for bad input and 404 for a missing resource.

Example: Paginate every list endpoint with a limit and a cursor, which we confirmed again during the last review.

If something here is out of date, edit this article or tell the author.', 'Isabel Moreno', array['api','rest','design','pitfalls'], 1025, '2026-03-03T11:00:00+00:00'),
(196, 'Laptop and device security: common mistakes', 'These mistakes around laptop and device security keep coming back, so we wrote them down.

Install operating system updates within seven days of release. Lock your screen when you leave your desk, even in the office.

Report a lost or stolen device to IT within one hour.

Do not plug unknown USB devices into a company laptop.

Full-disk encryption is required on every company laptop.

Personal devices may access email and chat only through the managed apps.

Example: Personal devices may access email and chat only through the managed apps, which we confirmed again during the last review.

If something here is out of date, edit this article or tell the author.', 'Farid Haddad', array['security','it','pitfalls'], 4957, '2026-03-03T15:00:00+00:00'),
(197, 'Feature flags: common mistakes', 'These mistakes around feature flags keep coming back, so we wrote them down.

New flags default to off in production. Flag names describe the feature, for example checkout-new-payment-form.

Remove a flag within one month of a full rollout; old flags are technical debt.

Use percentage rollouts to watch error rates before releasing to everyone.

Every flag has an owner who is responsible for removing it.

Feature flags separate deploying code from releasing a feature.

Example: Flag names describe the feature, for example checkout-new-payment-form, which we confirmed again during the last review.

See the related articles linked from the flags tag for more detail.', 'Grace Mensah', array['flags','deploy','pitfalls'], 4686, '2026-03-03T23:00:00+00:00'),
(198, 'Data retention: common mistakes', 'These mistakes around data retention keep coming back, so we wrote them down.

The data protection officer approves every new data store that holds personal data. Analytics data is pseudonymised before it leaves the production environment.

Logs containing personal data are deleted after thirty days.

Backups are kept for ninety days and are encrypted at rest.

Deletion requests from customers are completed within thirty days.

Customer data is kept only as long as the contract requires.

Example: Backups are kept for ninety days and are encrypted at rest, which we confirmed again during the last review.

Last reviewed by the owning team this quarter.', 'Hiro Tanaka', array['privacy','data','policy','pitfalls'], 3326, '2026-03-04T05:00:00+00:00'),
(199, 'Load testing: common mistakes', 'These mistakes around load testing keep coming back, so we wrote them down.

Ramp load gradually so you can see where latency starts to climb. Load tests run against the staging environment, never production.

Measure latency percentiles, not averages: p99 shows what the slowest users feel. Record the machine size and the software version with every result.

A test that saturates the load generator measures the generator, not the service.

Repeat a run to see the noise before trusting a difference.

Example: Record the machine size and the software version with every result, which we confirmed again during the last review.

Last reviewed by the owning team this quarter.', 'Grace Mensah', array['performance','testing','pitfalls'], 2786, '2026-03-04T14:00:00+00:00'),
(200, 'Team rituals: common mistakes', 'These mistakes around team rituals keep coming back, so we wrote them down.

Stand-up is fifteen minutes and covers blockers, not status. Retrospectives rotate facilitators so everyone runs one.

Decisions are written down in the team''s decision log with the date and the reason. Planning happens every two weeks and ends with a written goal.

Demo day is the last Friday of the month; every team shows one thing.

Meeting-free Wednesdays protect time for deep work.

Example: Planning happens every two weeks and ends with a written goal, which we confirmed again during the last review.

See the related articles linked from the people tag for more detail.', 'Dana Kowalski', array['people','process','pitfalls'], 2614, '2026-03-04T18:00:00+00:00'),
(201, 'Glossary: PostgreSQL logical replication', 'A few terms come up whenever we discuss PostgreSQL logical replication. This glossary explains them.

REPLICA IDENTITY FULL makes the old row image available for updates and deletes at the cost of more WAL. Set wal_level to logical and restart the server before creating the first slot; the setting cannot be changed at run time.

Publications choose which tables are replicated; a filtered publication keeps unrelated tables out of the stream. Logical replication decodes the write-ahead log into row changes, so consumers see inserts, updates and deletes in commit order.

A replication slot remembers how far a consumer has read; while the consumer is away, the server keeps every WAL segment the slot still needs. An abandoned slot is the most common cause of a full disk on a primary, so monitor pg_replication_slots and alert on retained WAL.

Questions go to the #postgres channel.', 'Bruno Lindqvist', array['postgres','replication','cdc','glossary'], 2377, '2026-03-05T03:00:00+00:00'),
(202, 'Glossary: Kafka consumer groups', 'A few terms come up whenever we discuss Kafka consumer groups. This glossary explains them.

Commit offsets after the work is done, never before, or a crash will skip records. Consumer lag is the distance between the newest offset and the committed offset; alert when it grows for longer than a few minutes.

max.poll.interval.ms bounds how long a consumer may spend between polls before the group considers it dead.

A consumer group shares the partitions of a topic among its members, and each partition is read by exactly one member at a time.

When a member joins or leaves, the group rebalances and partitions move; cooperative rebalancing moves only the partitions that must move.

Keying records by entity id keeps all changes of one entity in one partition and therefore in order.

See the related articles linked from the kafka tag for more detail.', 'Grace Mensah', array['kafka','messaging','glossary'], 1305, '2026-03-05T10:00:00+00:00'),
(203, 'Glossary: Git branching strategy', 'A few terms come up whenever we discuss Git branching strategy. This glossary explains them.

We use short-lived feature branches that merge into main within two days. Never force-push a shared branch; create a new branch instead.

Rebase your branch on main before asking for review so the diff shows only your change. Release branches are cut from main on Tuesdays and receive only fixes after that.

Every merge to main needs one approving review and a green CI run. Tag releases with semantic versions; the tag triggers the container build.

Questions go to the #git channel.', 'Maya Rosen', array['git','workflow','glossary'], 4140, '2026-03-05T17:00:00+00:00'),
(204, 'Glossary: On-call handbook', 'A few terms come up whenever we discuss on-call handbook. This glossary explains them.

Hand over open incidents explicitly at the end of a shift, in the channel, with the current hypothesis. On-call engineers get the following morning off after a night with more than two pages.

Write down what you did while you do it; the timeline is the hardest part of a postmortem to reconstruct. If you cannot acknowledge, the page escalates to the secondary after ten minutes.

The primary on-call engineer acknowledges a page within five minutes during a shift.

Open an incident channel for anything that affects customers for more than fifteen minutes.

Last reviewed by the owning team this quarter.', 'Priya Nair', array['oncall','operations','glossary'], 2340, '2026-03-06T01:00:00+00:00'),
(205, 'Glossary: Password and secret management', 'A few terms come up whenever we discuss password and secret management. This glossary explains them.

If a secret leaks, rotate it first and investigate second. Secrets live in the vault, never in the repository, the wiki or a chat message.

Application credentials are issued per service and rotated every ninety days.

Personal passwords must be at least sixteen characters and stored in the company password manager.

Use the vault agent sidecar to inject secrets into containers as files, not environment variables.

Multi-factor authentication is required for every production system.

See the related articles linked from the security tag for more detail.', 'Maya Rosen', array['security','secrets','glossary'], 2997, '2026-03-06T04:00:00+00:00'),
(206, 'Glossary: Vector search basics', 'A few terms come up whenever we discuss vector search basics. This glossary explains them.

Re-embedding only the chunks that changed keeps indexing cost proportional to the edit, not to the document. Approximate nearest neighbour indexes such as HNSW trade a little recall for a large speed-up.

Chunk long documents before embedding: a chunk should hold one idea and fit the model''s context window. An embedding model turns text into a vector so that similar meanings land close together.

Store the source position with every chunk so stale results can be explained. Cosine similarity compares the direction of two vectors and ignores their length.

Last reviewed by the owning team this quarter.', 'Olivia Santos', array['search','embeddings','rag','glossary'], 4504, '2026-03-06T13:00:00+00:00'),
(207, 'Glossary: Onboarding for new engineers', 'A few terms come up whenever we discuss onboarding for new engineers. This glossary explains them.

Your onboarding buddy answers questions for the first month; ask them anything. Book a thirty-minute check-in with your manager at the end of weeks one, two and four.

Request access to the code host, the vault and the observability stack on day one. Pair with a teammate on at least three code reviews before reviewing alone.

Read the architecture overview and the on-call handbook before your second week.

Your first week is for setting up your laptop, meeting your team and shipping one small change.

See the related articles linked from the onboarding tag for more detail.', 'Kavya Reddy', array['onboarding','people','glossary'], 4569, '2026-03-06T20:00:00+00:00'),
(208, 'Glossary: Expense and travel policy', 'A few terms come up whenever we discuss expense and travel policy. This glossary explains them.

Conference tickets need approval from your manager before purchase. Meals are covered up to the daily allowance of the destination city.

Book travel through the company portal so that the trip is insured. Use the company card for hotels; personal cards are reimbursed only for small amounts.

Submit receipts within thirty days of the expense. Economy class is the default for flights under six hours.

Questions go to the #finance channel.', 'Elif Demir', array['finance','policy','glossary'], 2728, '2026-03-07T07:00:00+00:00'),
(209, 'Glossary: Incident postmortems', 'A few terms come up whenever we discuss incident postmortems. This glossary explains them.

Publish the postmortem within five working days of the incident. Include a timeline with timestamps in UTC.

Every postmortem lists contributing factors, what went well and follow-up actions with owners. Follow-up actions are tracked in the reliability board and reviewed every two weeks.

Postmortems are blameless: we ask what made the mistake easy, not who made it.

Share the postmortem in the engineering all-hands when the incident affected customers.

Suggestions for improvement are welcome in the next retrospective.', 'Kavya Reddy', array['incidents','operations','glossary'], 1331, '2026-03-07T11:00:00+00:00'),
(210, 'Glossary: Kubernetes deployments', 'A few terms come up whenever we discuss Kubernetes deployments. This glossary explains them.

Deployments roll out new pods gradually and keep old ones until the new ones are ready. Roll back with kubectl rollout undo when the new version misbehaves.

Readiness probes decide when a pod receives traffic; liveness probes decide when it is restarted.

Use a PodDisruptionBudget for services that must keep a minimum number of replicas during node maintenance.

ConfigMaps hold configuration; Secrets hold credentials and are mounted as files.

Set resource requests so the scheduler can place pods, and limits so a runaway pod cannot starve its neighbours.

Suggestions for improvement are welcome in the next retrospective.', 'Jonas Becker', array['kubernetes','deploy','glossary'], 3890, '2026-03-07T21:00:00+00:00'),
(211, 'Glossary: Observability stack', 'A few terms come up whenever we discuss observability stack. This glossary explains them.

Logs are structured JSON with a correlation id on every line. Dashboards live next to the service''s code so they are reviewed with it.

Use exemplars to jump from a latency spike on a dashboard to a trace. Metrics are scraped by Prometheus every fifteen seconds and kept for thirty days.

Alert on symptoms customers feel, such as error rate and latency, rather than on causes.

Traces sample one request in a hundred by default, and every request that fails.

Suggestions for improvement are welcome in the next retrospective.', 'Jonas Becker', array['monitoring','metrics','logs','glossary'], 218, '2026-03-08T02:00:00+00:00'),
(212, 'Glossary: Code review guidelines', 'A few terms come up whenever we discuss code review guidelines. This glossary explains them.

Respond to review requests within one working day. Ask questions rather than give orders, and say when a comment is only a suggestion.

Review for correctness first, then for clarity, then for style.

Approve when the change makes the code better, even if it is not perfect.

Keep changes small: under four hundred lines is easy to review well.

Explain why in the description; the diff already shows what.

Last reviewed by the owning team this quarter.', 'Farid Haddad', array['review','engineering','glossary'], 4294, '2026-03-08T10:00:00+00:00'),
(213, 'Glossary: Database migrations', 'A few terms come up whenever we discuss database migrations. This glossary explains them.

Never edit a migration that has been released; write a new one. Create indexes concurrently on large tables to avoid locking writes.

Add columns as nullable first, backfill, then add the constraint in a later release. Test every migration against a copy of production-sized data before release.

Migrations are versioned SQL files applied by Flyway at start-up. Destructive migrations need a second reviewer from the data team.

Suggestions for improvement are welcome in the next retrospective.', 'Dana Kowalski', array['postgres','migrations','glossary'], 1562, '2026-03-08T12:00:00+00:00'),
(214, 'Glossary: Customer support escalation', 'A few terms come up whenever we discuss customer support escalation. This glossary explains them.

Keep the customer informed at least once a day while an escalation is open. Engineering acknowledges escalations within one business day.

Escalate to engineering when a problem affects more than one customer or blocks a customer''s work.

Tier one support answers within four business hours.

Close the loop: tell the customer what was fixed and when.

Attach the customer''s account id and the correlation id of a failing request to every escalation.

If something here is out of date, edit this article or tell the author.', 'Nikolai Petrov', array['support','customers','glossary'], 4110, '2026-03-09T01:00:00+00:00'),
(215, 'Glossary: API design guidelines', 'A few terms come up whenever we discuss API design guidelines. This glossary explains them.

Return 400 with a reason for bad input and 404 for a missing resource. Document every endpoint with OpenAPI and keep the examples runnable.

Idempotency keys make retries of POST requests safe.

Paginate every list endpoint with a limit and a cursor.

Resources are nouns in the plural; actions are HTTP methods.

Version the API in the URL when a change would break clients.

If something here is out of date, edit this article or tell the author.', 'Kavya Reddy', array['api','rest','design','glossary'], 3918, '2026-03-09T06:00:00+00:00'),
(216, 'Glossary: Laptop and device security', 'A few terms come up whenever we discuss laptop and device security. This glossary explains them.

Full-disk encryption is required on every company laptop. Report a lost or stolen device to IT within one hour.

Personal devices may access email and chat only through the managed apps.

Do not plug unknown USB devices into a company laptop.

Install operating system updates within seven days of release.

Lock your screen when you leave your desk, even in the office.

See the related articles linked from the security tag for more detail.', 'Isabel Moreno', array['security','it','glossary'], 4997, '2026-03-09T12:00:00+00:00'),
(217, 'Glossary: Feature flags', 'A few terms come up whenever we discuss feature flags. This glossary explains them.

Feature flags separate deploying code from releasing a feature. Remove a flag within one month of a full rollout; old flags are technical debt.

Flag names describe the feature, for example checkout-new-payment-form. Every flag has an owner who is responsible for removing it.

Use percentage rollouts to watch error rates before releasing to everyone. New flags default to off in production.

See the related articles linked from the flags tag for more detail.', 'Jonas Becker', array['flags','deploy','glossary'], 1698, '2026-03-09T21:00:00+00:00'),
(218, 'Glossary: Data retention', 'A few terms come up whenever we discuss data retention. This glossary explains them.

Customer data is kept only as long as the contract requires. The data protection officer approves every new data store that holds personal data.

Analytics data is pseudonymised before it leaves the production environment.

Logs containing personal data are deleted after thirty days.

Backups are kept for ninety days and are encrypted at rest.

Deletion requests from customers are completed within thirty days.

See the related articles linked from the privacy tag for more detail.', 'Jonas Becker', array['privacy','data','policy','glossary'], 998, '2026-03-10T03:00:00+00:00'),
(219, 'Glossary: Load testing', 'A few terms come up whenever we discuss load testing. This glossary explains them.

Load tests run against the staging environment, never production. Record the machine size and the software version with every result.

Ramp load gradually so you can see where latency starts to climb. Repeat a run to see the noise before trusting a difference.

Measure latency percentiles, not averages: p99 shows what the slowest users feel. A test that saturates the load generator measures the generator, not the service.

See the related articles linked from the performance tag for more detail.', 'Bruno Lindqvist', array['performance','testing','glossary'], 2356, '2026-03-10T11:00:00+00:00'),
(220, 'Glossary: Team rituals', 'A few terms come up whenever we discuss team rituals. This glossary explains them.

Decisions are written down in the team''s decision log with the date and the reason. Stand-up is fifteen minutes and covers blockers, not status.

Planning happens every two weeks and ends with a written goal.

Meeting-free Wednesdays protect time for deep work.

Demo day is the last Friday of the month; every team shows one thing.

Retrospectives rotate facilitators so everyone runs one.

Last reviewed by the owning team this quarter.', 'Grace Mensah', array['people','process','glossary'], 1655, '2026-03-10T19:00:00+00:00');
select setval(pg_get_serial_sequence('articles', 'id'), (select max(id) from articles));
