import {
  to = awscc_guardduty_threat_entity_set.example
  identity = {
    id          = "id"
    detector_id = "detector_id"
  }
}
