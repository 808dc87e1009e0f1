-- The campaign lifecycle: background jobs, reminders, close-out (suspension), resumption and
-- death records. Everything here protects public money without cutting off honest pensioners, so
-- each decision leaves a row that says who, when and why.

ALTER TABLE pensioners ADD COLUMN monthly_amount_fen bigint CHECK (monthly_amount_fen IS NULL OR monthly_amount_fen >= 0);

COMMENT ON COLUMN pensioners.monthly_amount_fen IS 'Monthly benefit in fen (1/100 CNY); null until the paying system exports it. Used for bank batch files, arrears and overpayments.';

CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
  run_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 5 CHECK (max_attempts >= 1),
  locked_by text,
  locked_until timestamptz,
  last_error text,
  unique_key text UNIQUE,
  created_at timestamptz NOT NULL,
  finished_at timestamptz
);

COMMENT ON TABLE jobs IS 'Background work shared by every server instance: a worker claims a row with FOR UPDATE SKIP LOCKED, so no two instances run the same job at once.';
COMMENT ON COLUMN jobs.id IS 'Queue position; also the fencing token holders check when they finish.';
COMMENT ON COLUMN jobs.kind IS 'Which handler runs it (e.g. reminders.run-due, sms.deliver).';
COMMENT ON COLUMN jobs.payload IS 'Typed input of the handler as JSON; surrogate ids only, never ID numbers or phone numbers.';
COMMENT ON COLUMN jobs.state IS 'queued (waiting for run_at), running (claimed), done, or failed (gave up after max_attempts).';
COMMENT ON COLUMN jobs.run_at IS 'Earliest instant the job may run; pushed back by the retry backoff.';
COMMENT ON COLUMN jobs.attempts IS 'How many times a worker has claimed the job.';
COMMENT ON COLUMN jobs.max_attempts IS 'Claims allowed before the job is marked failed.';
COMMENT ON COLUMN jobs.locked_by IS 'Worker id holding the claim while running.';
COMMENT ON COLUMN jobs.locked_until IS 'End of the claim''s lease; a running job past it is taken over (its worker died).';
COMMENT ON COLUMN jobs.last_error IS 'Message of the last failure (no personal data: handlers throw codes, not rows).';
COMMENT ON COLUMN jobs.unique_key IS 'Deduplication key: enqueuing the same key twice (e.g. one schedule slot from two instances) yields one job.';
COMMENT ON COLUMN jobs.created_at IS 'When the job was enqueued.';
COMMENT ON COLUMN jobs.finished_at IS 'When it ended as done or failed.';

CREATE INDEX jobs_ready_idx ON jobs (run_at, id) WHERE state = 'queued';
CREATE INDEX jobs_running_idx ON jobs (locked_until) WHERE state = 'running';

CREATE TABLE pending_reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pensioner_id uuid NOT NULL REFERENCES pensioners (id),
  campaign_id uuid NOT NULL REFERENCES campaigns (id),
  kind text NOT NULL CHECK (kind IN ('offsite_form', 'overseas_document', 'home_visit')),
  opened_at timestamptz NOT NULL,
  resolved_at timestamptz
);

COMMENT ON TABLE pending_reviews IS 'Proofs of life received or booked but not yet decided (offsite form, overseas document, home visit). Close-out never suspends a person with an open row; the features that receive them write here.';
COMMENT ON COLUMN pending_reviews.id IS 'Surrogate key.';
COMMENT ON COLUMN pending_reviews.pensioner_id IS 'Whose proof awaits a decision.';
COMMENT ON COLUMN pending_reviews.campaign_id IS 'The campaign it would count for.';
COMMENT ON COLUMN pending_reviews.kind IS 'offsite_form, overseas_document or home_visit (booked).';
COMMENT ON COLUMN pending_reviews.opened_at IS 'When the form or document arrived, or the visit was booked.';
COMMENT ON COLUMN pending_reviews.resolved_at IS 'When it was accepted, rejected or the visit done; null while open.';

CREATE INDEX pending_reviews_open_idx ON pending_reviews (campaign_id, pensioner_id) WHERE resolved_at IS NULL;

CREATE TABLE reminder_steps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  campaign_id uuid NOT NULL REFERENCES campaigns (id),
  step_key text NOT NULL,
  send_on date NOT NULL,
  state text NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'queued')),
  queued_at timestamptz,
  notices integer NOT NULL DEFAULT 0,
  UNIQUE (campaign_id, step_key)
);

COMMENT ON TABLE reminder_steps IS 'A campaign''s reminder plan: one row per step (at the start, and N days before the deadline).';
COMMENT ON COLUMN reminder_steps.id IS 'Surrogate key; notices point to it so a step never reaches a person twice.';
COMMENT ON COLUMN reminder_steps.campaign_id IS 'The campaign reminded about.';
COMMENT ON COLUMN reminder_steps.step_key IS 'start, or before-N for N days before the deadline.';
COMMENT ON COLUMN reminder_steps.send_on IS 'Shanghai calendar day the step goes out.';
COMMENT ON COLUMN reminder_steps.state IS 'planned, or queued once its notices were created.';
COMMENT ON COLUMN reminder_steps.queued_at IS 'When its notices were created.';
COMMENT ON COLUMN reminder_steps.notices IS 'How many notices the step created (people still pending with a mobile number).';

CREATE TABLE sms_notices (
  id uuid PRIMARY KEY,
  campaign_id uuid NOT NULL REFERENCES campaigns (id),
  step_id uuid REFERENCES reminder_steps (id),
  pensioner_id uuid NOT NULL REFERENCES pensioners (id),
  kind text NOT NULL CHECK (kind IN ('reminder', 'suspension', 'resumption')),
  code text NOT NULL,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  provider text,
  provider_ref text,
  last_error text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  UNIQUE (step_id, pensioner_id)
);

COMMENT ON TABLE sms_notices IS 'Delivery log of every SMS notice. The unique (step, pensioner) pair is what keeps a plan step from reaching anyone twice.';
COMMENT ON COLUMN sms_notices.id IS 'Notice id; its HMAC gives the verification code.';
COMMENT ON COLUMN sms_notices.campaign_id IS 'Campaign the notice is about.';
COMMENT ON COLUMN sms_notices.step_id IS 'Reminder plan step that created it; null for other kinds.';
COMMENT ON COLUMN sms_notices.pensioner_id IS 'Recipient; the number is read from pensioners.mobile at send time and never copied here.';
COMMENT ON COLUMN sms_notices.kind IS 'reminder, suspension or resumption.';
COMMENT ON COLUMN sms_notices.code IS 'Short verification code printed in the text; a person or staff member checks it in the app to tell real notices from scams.';
COMMENT ON COLUMN sms_notices.state IS 'queued, sending (handed to the provider, outcome not yet known), sent or failed. A notice left in sending is never resent: at most once.';
COMMENT ON COLUMN sms_notices.attempts IS 'Provider calls made.';
COMMENT ON COLUMN sms_notices.next_attempt_at IS 'Earliest instant for the next provider call (retry backoff).';
COMMENT ON COLUMN sms_notices.provider IS 'Adapter that sent it (http gateway, file).';
COMMENT ON COLUMN sms_notices.provider_ref IS 'Message id the provider returned.';
COMMENT ON COLUMN sms_notices.last_error IS 'Provider error code of the last failed call.';
COMMENT ON COLUMN sms_notices.created_at IS 'When the notice was planned.';
COMMENT ON COLUMN sms_notices.sent_at IS 'When the provider accepted it.';

CREATE INDEX sms_notices_queue_idx ON sms_notices (next_attempt_at) WHERE state = 'queued';
CREATE INDEX sms_notices_code_idx ON sms_notices (code);
CREATE INDEX sms_notices_pensioner_idx ON sms_notices (pensioner_id);

CREATE TABLE payment_batches (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('suspension', 'resumption')),
  campaign_id uuid NOT NULL REFERENCES campaigns (id),
  state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'committed', 'cancelled')),
  as_of timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  committed_at timestamptz,
  committed_by uuid REFERENCES staff_accounts (id)
);

COMMENT ON TABLE payment_batches IS 'A list of people whose payment stops (suspension) or restarts (resumption). Built as a draft (dry run), reviewed, then committed by an administrator.';
COMMENT ON COLUMN payment_batches.id IS 'Surrogate key; printed in the bank files.';
COMMENT ON COLUMN payment_batches.kind IS 'suspension or resumption.';
COMMENT ON COLUMN payment_batches.campaign_id IS 'The campaign whose close-out it belongs to.';
COMMENT ON COLUMN payment_batches.state IS 'draft (dry run, reviewable), committed (statuses changed) or cancelled.';
COMMENT ON COLUMN payment_batches.as_of IS 'Instant the dry run looked at; certifications after it are rechecked at commit.';
COMMENT ON COLUMN payment_batches.created_at IS 'When the dry run ran.';
COMMENT ON COLUMN payment_batches.committed_at IS 'When an administrator committed it.';
COMMENT ON COLUMN payment_batches.committed_by IS 'Administrator who reviewed and committed it; null for command-line commits by the system.';

CREATE TABLE payment_batch_items (
  batch_id uuid NOT NULL REFERENCES payment_batches (id),
  pensioner_id uuid NOT NULL REFERENCES pensioners (id),
  district_code text NOT NULL,
  paying_bank_code text,
  category text NOT NULL,
  monthly_amount_fen bigint NOT NULL,
  arrears_months integer NOT NULL DEFAULT 0,
  amount_fen bigint NOT NULL,
  excluded_reason text,
  PRIMARY KEY (batch_id, pensioner_id)
);

COMMENT ON TABLE payment_batch_items IS 'One person in a payment batch, with the grouping keys reviewers filter by and the amounts the bank files carry.';
COMMENT ON COLUMN payment_batch_items.batch_id IS 'The batch.';
COMMENT ON COLUMN payment_batch_items.pensioner_id IS 'The person.';
COMMENT ON COLUMN payment_batch_items.district_code IS 'District at dry-run time, for review by district.';
COMMENT ON COLUMN payment_batch_items.paying_bank_code IS 'Paying bank at dry-run time; one file per bank.';
COMMENT ON COLUMN payment_batch_items.category IS 'Pensioner category at dry-run time, for review by category.';
COMMENT ON COLUMN payment_batch_items.monthly_amount_fen IS 'Monthly benefit stopped or restarted (0 when unknown).';
COMMENT ON COLUMN payment_batch_items.arrears_months IS 'Resumption: months withheld that are paid back; 0 for suspension.';
COMMENT ON COLUMN payment_batch_items.amount_fen IS 'Suspension: the monthly amount stopped. Resumption: the arrears paid back.';
COMMENT ON COLUMN payment_batch_items.excluded_reason IS 'Why the item was dropped at review or commit (e.g. certified since the dry run); null while included.';

CREATE INDEX payment_batch_items_pensioner_idx ON payment_batch_items (pensioner_id);

CREATE TABLE benefit_status_changes (
  id bigserial PRIMARY KEY,
  pensioner_id uuid NOT NULL REFERENCES pensioners (id),
  from_status text NOT NULL,
  to_status text NOT NULL,
  reason text NOT NULL CHECK (reason IN ('not_certified', 'certified_late', 'deceased')),
  batch_id uuid REFERENCES payment_batches (id),
  campaign_id uuid REFERENCES campaigns (id),
  effective_on date NOT NULL,
  at timestamptz NOT NULL
);

COMMENT ON TABLE benefit_status_changes IS 'Why a pensioner''s payment status changed; the latest row is what staff and the person see on login.';
COMMENT ON COLUMN benefit_status_changes.id IS 'Order of changes.';
COMMENT ON COLUMN benefit_status_changes.pensioner_id IS 'Whose status changed.';
COMMENT ON COLUMN benefit_status_changes.from_status IS 'Benefit status before.';
COMMENT ON COLUMN benefit_status_changes.to_status IS 'Benefit status after.';
COMMENT ON COLUMN benefit_status_changes.reason IS 'not_certified (suspended at close-out), certified_late (resumed) or deceased (terminated by a death record).';
COMMENT ON COLUMN benefit_status_changes.batch_id IS 'Payment batch that made the change; null for death records.';
COMMENT ON COLUMN benefit_status_changes.campaign_id IS 'Campaign involved, when any.';
COMMENT ON COLUMN benefit_status_changes.effective_on IS 'Shanghai calendar day the change takes effect (for a death: the date of death).';
COMMENT ON COLUMN benefit_status_changes.at IS 'When the change was recorded.';

CREATE INDEX benefit_status_changes_pensioner_idx ON benefit_status_changes (pensioner_id, id DESC);

CREATE TABLE resumption_requests (
  suspension_change_id bigint PRIMARY KEY REFERENCES benefit_status_changes (id),
  pensioner_id uuid NOT NULL REFERENCES pensioners (id),
  campaign_id uuid NOT NULL REFERENCES campaigns (id),
  certification_id uuid NOT NULL REFERENCES certifications (id),
  certified_at timestamptz NOT NULL,
  arrears_months integer NOT NULL,
  monthly_amount_fen bigint NOT NULL,
  arrears_amount_fen bigint NOT NULL,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'batched', 'cancelled')),
  batch_id uuid REFERENCES payment_batches (id),
  queued_at timestamptz NOT NULL
);

COMMENT ON TABLE resumption_requests IS 'A suspended person who certified later, waiting for a resumption batch; one per suspension.';
COMMENT ON COLUMN resumption_requests.suspension_change_id IS 'The suspension being undone; the key makes queuing idempotent.';
COMMENT ON COLUMN resumption_requests.pensioner_id IS 'Who certified late.';
COMMENT ON COLUMN resumption_requests.campaign_id IS 'Campaign of the suspension.';
COMMENT ON COLUMN resumption_requests.certification_id IS 'The late certification (any channel).';
COMMENT ON COLUMN resumption_requests.certified_at IS 'When the person certified.';
COMMENT ON COLUMN resumption_requests.arrears_months IS 'Monthly payments withheld between the suspension and the certification.';
COMMENT ON COLUMN resumption_requests.monthly_amount_fen IS 'Monthly benefit at queuing time (0 when unknown).';
COMMENT ON COLUMN resumption_requests.arrears_amount_fen IS 'arrears_months times monthly_amount_fen.';
COMMENT ON COLUMN resumption_requests.state IS 'queued, batched (in a resumption batch) or cancelled (e.g. a death record arrived).';
COMMENT ON COLUMN resumption_requests.batch_id IS 'Resumption batch that took it.';
COMMENT ON COLUMN resumption_requests.queued_at IS 'When it was queued.';

CREATE INDEX resumption_requests_queued_idx ON resumption_requests (campaign_id) WHERE state = 'queued';

CREATE TABLE death_records (
  pensioner_id uuid PRIMARY KEY REFERENCES pensioners (id),
  date_of_death date NOT NULL,
  source text NOT NULL,
  recorded_at timestamptz NOT NULL
);

COMMENT ON TABLE death_records IS 'Deaths reported by the civil registration file, matched to pensioners. Unmatched rows are counted in the import report and not kept.';
COMMENT ON COLUMN death_records.pensioner_id IS 'The deceased pensioner.';
COMMENT ON COLUMN death_records.date_of_death IS 'Date of death as registered (Shanghai calendar day).';
COMMENT ON COLUMN death_records.source IS 'Name and sha256 of the imported file.';
COMMENT ON COLUMN death_records.recorded_at IS 'When the record was imported.';

CREATE TABLE overpayments (
  pensioner_id uuid PRIMARY KEY REFERENCES pensioners (id),
  first_month date NOT NULL,
  months integer NOT NULL CHECK (months > 0),
  amount_fen bigint NOT NULL,
  created_at timestamptz NOT NULL
);

COMMENT ON TABLE overpayments IS 'Benefits paid after the month of death, flagged for recovery.';
COMMENT ON COLUMN overpayments.pensioner_id IS 'The deceased pensioner.';
COMMENT ON COLUMN overpayments.first_month IS 'First day of the first month paid after death.';
COMMENT ON COLUMN overpayments.months IS 'Monthly payments made after death.';
COMMENT ON COLUMN overpayments.amount_fen IS 'months times the monthly amount (0 when the amount is unknown).';
COMMENT ON COLUMN overpayments.created_at IS 'When it was flagged.';

CREATE TABLE fraud_alerts (
  id bigserial PRIMARY KEY,
  pensioner_id uuid NOT NULL REFERENCES pensioners (id),
  kind text NOT NULL CHECK (kind IN ('certification_after_death')),
  certification_id uuid REFERENCES certifications (id),
  channel text,
  attempted_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  resolved_at timestamptz
);

COMMENT ON TABLE fraud_alerts IS 'Signs of fraud for investigators: a certification attempted or recorded after a registered death.';
COMMENT ON COLUMN fraud_alerts.id IS 'Surrogate key.';
COMMENT ON COLUMN fraud_alerts.pensioner_id IS 'The pensioner concerned.';
COMMENT ON COLUMN fraud_alerts.kind IS 'certification_after_death.';
COMMENT ON COLUMN fraud_alerts.certification_id IS 'A certification recorded before the death record arrived; null for a blocked attempt.';
COMMENT ON COLUMN fraud_alerts.channel IS 'Channel the certification came through.';
COMMENT ON COLUMN fraud_alerts.attempted_at IS 'When the certification happened or was attempted.';
COMMENT ON COLUMN fraud_alerts.created_at IS 'When the alert was raised.';
COMMENT ON COLUMN fraud_alerts.resolved_at IS 'When an investigator closed it.';

CREATE UNIQUE INDEX fraud_alerts_certification_idx ON fraud_alerts (certification_id) WHERE certification_id IS NOT NULL;

-- Backstop for channels that forget to call the death guard first: a certification dated after
-- the day of a recorded death never lands. The guard records the fraud alert; this only blocks.
CREATE FUNCTION certifications_refuse_after_death() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM death_records d
    WHERE d.pensioner_id = NEW.pensioner_id
      -- Shanghai is UTC+8 all year; a fixed offset needs no time-zone data.
      AND NEW.certified_at >= ((d.date_of_death + 1)::timestamp AT TIME ZONE 'UTC') - interval '8 hours'
  ) THEN
    RAISE EXCEPTION 'certification_blocked_deceased' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;

COMMENT ON FUNCTION certifications_refuse_after_death() IS 'Refuses a certification dated after the day of the pensioner''s recorded death.';

CREATE TRIGGER certifications_after_death BEFORE INSERT ON certifications
  FOR EACH ROW EXECUTE FUNCTION certifications_refuse_after_death();
