-- Paid home visits by the courier (reference process: EMS, per-person fee, service area only).
-- A visit serves one address and one or more people; each person on it holds an open
-- pending_reviews row (kind home_visit) from booking until the visit is completed or cancelled,
-- so close-out does not suspend someone who is waiting for the courier.

CREATE TABLE home_visits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  campaign_id uuid NOT NULL REFERENCES campaigns (id),
  courier_org_id uuid NOT NULL REFERENCES organisations (id),
  address text NOT NULL CHECK (char_length(address) BETWEEN 1 AND 200),
  district_code text NOT NULL,
  visit_date date NOT NULL,
  state text NOT NULL DEFAULT 'booked' CHECK (state IN ('booked', 'completed', 'cancelled')),
  booked_by uuid NOT NULL REFERENCES staff_accounts (id),
  booked_at timestamptz NOT NULL,
  closed_by uuid REFERENCES staff_accounts (id),
  closed_at timestamptz,
  cancel_reason text CHECK (cancel_reason IS NULL OR char_length(cancel_reason) BETWEEN 4 AND 200),
  paid_fen integer CHECK (paid_fen IS NULL OR paid_fen > 0),
  per_person_fen integer CHECK (per_person_fen IS NULL OR per_person_fen > 0),
  payment_method text CHECK (payment_method IS NULL OR payment_method IN ('cash', 'qr_code')),
  receipt_no text,
  CHECK ((state = 'booked') = (closed_at IS NULL)),
  CHECK ((paid_fen IS NULL) = (payment_method IS NULL) AND (paid_fen IS NULL) = (receipt_no IS NULL)),
  CHECK (paid_fen IS NULL OR state = 'completed')
);

COMMENT ON TABLE home_visits IS 'Paid home visits booked for people who cannot certify themselves; one row per visit to one address.';
COMMENT ON COLUMN home_visits.id IS 'Surrogate key.';
COMMENT ON COLUMN home_visits.campaign_id IS 'The campaign the visit certifies people for.';
COMMENT ON COLUMN home_visits.courier_org_id IS 'The courier organisation (from the profile) whose staff make the visit; their scope is the people of its booked visits.';
COMMENT ON COLUMN home_visits.address IS 'Where the courier goes (free text, up to 200 characters). Personal data: kept until the campaign''s records are purged.';
COMMENT ON COLUMN home_visits.district_code IS 'District of the address; must be in the profile''s home-visit service area at booking.';
COMMENT ON COLUMN home_visits.visit_date IS 'Shanghai calendar day the visit was requested for; the courier''s day list is by this day.';
COMMENT ON COLUMN home_visits.state IS 'booked, completed (every person certified or not at home, payment recorded) or cancelled.';
COMMENT ON COLUMN home_visits.booked_by IS 'Counter clerk or administrator who booked it (often for a relative on the phone).';
COMMENT ON COLUMN home_visits.booked_at IS 'When it was booked.';
COMMENT ON COLUMN home_visits.closed_by IS 'Staff who completed (courier) or cancelled (clerk) it; null while booked.';
COMMENT ON COLUMN home_visits.closed_at IS 'When it was completed or cancelled; null while booked.';
COMMENT ON COLUMN home_visits.cancel_reason IS 'Why a booked visit was cancelled (4-200 characters); null otherwise.';
COMMENT ON COLUMN home_visits.paid_fen IS 'Amount collected in fen; equals per_person_fen times the people certified; null when nobody was served.';
COMMENT ON COLUMN home_visits.per_person_fen IS 'Rate charged per person served, by the profile''s rule at completion.';
COMMENT ON COLUMN home_visits.payment_method IS 'cash or qr_code; null when nothing was collected.';
COMMENT ON COLUMN home_visits.receipt_no IS 'Number of the receipt the courier handed over; null when nothing was collected.';

CREATE INDEX home_visits_day_idx ON home_visits (courier_org_id, visit_date);

CREATE TABLE home_visit_people (
  visit_id uuid NOT NULL REFERENCES home_visits (id),
  pensioner_id uuid NOT NULL REFERENCES pensioners (id),
  pending_review_id uuid NOT NULL UNIQUE REFERENCES pending_reviews (id),
  position smallint NOT NULL CHECK (position >= 0),
  outcome text NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'certified', 'not_at_home')),
  certification_id uuid REFERENCES certifications (id),
  marked_by uuid REFERENCES staff_accounts (id),
  marked_at timestamptz,
  PRIMARY KEY (visit_id, pensioner_id),
  CHECK ((outcome = 'certified') = (certification_id IS NOT NULL)),
  CHECK ((outcome = 'pending') = (marked_at IS NULL))
);

COMMENT ON TABLE home_visit_people IS 'The people a home visit serves, in the order booked, and what the courier found for each.';
COMMENT ON COLUMN home_visit_people.visit_id IS 'The visit.';
COMMENT ON COLUMN home_visit_people.pensioner_id IS 'A person to certify on it; at most one booked visit per person (checked under the person''s row lock).';
COMMENT ON COLUMN home_visit_people.pending_review_id IS 'The open pending_reviews row (kind home_visit) that keeps close-out from suspending the person while the visit is booked.';
COMMENT ON COLUMN home_visit_people.position IS 'Order in which the person was added; the courier certifies people in this order.';
COMMENT ON COLUMN home_visit_people.outcome IS 'pending, certified (a home_visit certification exists) or not_at_home.';
COMMENT ON COLUMN home_visit_people.certification_id IS 'The certification made on the visit (face or in-person ID check); only for certified.';
COMMENT ON COLUMN home_visit_people.marked_by IS 'Courier staff who recorded the outcome.';
COMMENT ON COLUMN home_visit_people.marked_at IS 'When the outcome was recorded; null while pending.';

CREATE INDEX home_visit_people_pensioner_idx ON home_visit_people (pensioner_id);
