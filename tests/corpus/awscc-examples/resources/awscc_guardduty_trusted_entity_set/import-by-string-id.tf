import {
  to = awscc_guardduty_trusted_entity_set.example
  id = "id|detector_id"
}