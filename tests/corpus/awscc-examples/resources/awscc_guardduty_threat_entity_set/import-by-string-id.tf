import {
  to = awscc_guardduty_threat_entity_set.example
  id = "id|detector_id"
}