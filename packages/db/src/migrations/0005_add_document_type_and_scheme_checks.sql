-- The domain core now names identity document types and insurance schemes; hold the registry to
-- those names, as the other enumerations already are.

ALTER TABLE pensioners
  ADD CONSTRAINT pensioners_id_type_check CHECK (id_type IN (
    'resident_id', 'hk_mo_travel_permit', 'tw_travel_permit', 'hk_residence_permit',
    'mo_residence_permit', 'tw_residence_permit', 'foreign_permanent_residence', 'passport'
  )),
  ADD CONSTRAINT pensioners_scheme_check CHECK (scheme IN ('enterprise_employee', 'public_institution'));

COMMENT ON COLUMN pensioners.id_type IS 'Kind of identity document: resident_id, hk_mo_travel_permit, tw_travel_permit, hk/mo/tw_residence_permit, foreign_permanent_residence or passport.';
COMMENT ON COLUMN pensioners.scheme IS 'Insurance scheme paying the benefit: enterprise_employee (enterprise employee basic pension) or public_institution (government and public institution pension).';
