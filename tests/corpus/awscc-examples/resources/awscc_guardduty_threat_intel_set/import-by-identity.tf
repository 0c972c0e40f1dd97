import {
  to = awscc_guardduty_threat_intel_set.example
  identity = {
    id          = "id"
    detector_id = "detector_id"
  }
}
